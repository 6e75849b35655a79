/* Stand-in for Windows 10's icuuc.dll, which Wine 8 lacks and Qt6Core.dll imports (QStringConverter's
 * extra codecs). Every converter "fails to open", so Qt falls back to its built-in UTF-8/UTF-16/Latin-1
 * codecs: exactly what FamilySafe uses. Only for running the build under Wine: it goes into the Wine
 * prefix's system32, never into the bundle (PyInstaller does not collect system DLLs).
 * Built by packaging/windows/build_under_wine.sh with mingw-w64. */
#include <stddef.h>
#include <stdint.h>

#define U_FILE_ACCESS_ERROR 4
#define EXPORT __declspec(dllexport)

EXPORT void *ucnv_open(const char *name, int *err) { (void)name; if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR; return NULL; }
EXPORT void ucnv_close(void *c) { (void)c; }
EXPORT void ucnv_reset(void *c) { (void)c; }
EXPORT int8_t ucnv_getMaxCharSize(const void *c) { (void)c; return 4; }
EXPORT const char *ucnv_getName(const void *c, int *err) { (void)c; (void)err; return ""; }
EXPORT void ucnv_getToUCallBack(const void *c, void **a, const void **b) { (void)c; if (a) *a = NULL; if (b) *b = NULL; }
EXPORT void ucnv_getFromUCallBack(const void *c, void **a, const void **b) { (void)c; if (a) *a = NULL; if (b) *b = NULL; }
EXPORT void ucnv_setToUCallBack(void *c, void *a, const void *b, void **d, const void **e, int *err) { (void)c; (void)a; (void)b; (void)d; (void)e; (void)err; }
EXPORT void ucnv_setFromUCallBack(void *c, void *a, const void *b, void **d, const void **e, int *err) { (void)c; (void)a; (void)b; (void)d; (void)e; (void)err; }
EXPORT void ucnv_cbToUWriteUChars(void *a, const uint16_t *s, int32_t n, int32_t o, int *err) { (void)a; (void)s; (void)n; (void)o; (void)err; }
EXPORT void ucnv_cbFromUWriteUChars(void *a, const uint16_t **s, const uint16_t *l, int32_t o, int *err) { (void)a; (void)s; (void)l; (void)o; (void)err; }
EXPORT void ucnv_toUnicode(void *c, uint16_t **t, const uint16_t *tl, const char **s, const char *sl, int32_t *o, int8_t f, int *err) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR; }
EXPORT void ucnv_fromUnicode(void *c, char **t, const char *tl, const uint16_t **s, const uint16_t *sl, int32_t *o, int8_t f, int *err) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR; }
EXPORT int32_t ucnv_toUCountPending(const void *c, int *err) { (void)c; (void)err; return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *c, int *err) { (void)c; (void)err; return 0; }
EXPORT const char *ucnv_getStandardName(const char *n, const char *s, int *err) { (void)n; (void)s; (void)err; return NULL; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *a, void *b, const uint16_t *c, int32_t d, int32_t e, int f, int *err) { (void)a; (void)b; (void)c; (void)d; (void)e; (void)f; (void)err; }
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *a, void *b, const char *c, int32_t d, int f, int *err) { (void)a; (void)b; (void)c; (void)d; (void)f; (void)err; }
