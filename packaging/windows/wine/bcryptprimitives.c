/* Stand-in for bcryptprimitives.dll!ProcessPrng (Windows 10+), which Wine 8 lacks and Rust-built wheels
 * (pydantic-core, cryptography) import. Fills the buffer from RtlGenRandom (advapi32!SystemFunction036),
 * the same system random source. Only for running the build under Wine: it goes into the Wine prefix's
 * system32, never into the bundle. Built by packaging/windows/build_under_wine.sh with mingw-w64. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size > 0) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
