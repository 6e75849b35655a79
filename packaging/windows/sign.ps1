# Sign one file with Azure Trusted Signing: makensis calls this for the uninstaller and the installer
# (familysafe.nsi, /DSIGN_COMMAND) in the release workflow, after the trusted-signing action signed the two
# executables. Reads AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET (the service principal, through
# the environment credential) and AZURE_SIGNING_ENDPOINT, AZURE_SIGNING_ACCOUNT, AZURE_SIGNING_PROFILE.
param([Parameter(Mandatory = $true)][string]$File)
$ErrorActionPreference = 'Stop'
# The module the trusted-signing action (v0.5.11) installed, or the same version.
if (-not (Get-Module -ListAvailable -Name TrustedSigning)) {
  Install-Module -Name TrustedSigning -RequiredVersion 0.5.8 -Force -Scope CurrentUser -Repository PSGallery
}
Invoke-TrustedSigning -Endpoint $env:AZURE_SIGNING_ENDPOINT -CodeSigningAccountName $env:AZURE_SIGNING_ACCOUNT `
  -CertificateProfileName $env:AZURE_SIGNING_PROFILE -Files $File -FileDigest SHA256 `
  -TimestampRfc3161 'http://timestamp.acs.microsoft.com' -TimestampDigest SHA256 `
  -ExcludeManagedIdentityCredential -ExcludeSharedTokenCacheCredential -ExcludeVisualStudioCredential `
  -ExcludeVisualStudioCodeCredential -ExcludeAzureCliCredential -ExcludeAzurePowerShellCredential `
  -ExcludeAzureDeveloperCliCredential -ExcludeInteractiveBrowserCredential
$sig = Get-AuthenticodeSignature -FilePath $File
if ($sig.Status -ne 'Valid') { throw "signing $File failed: $($sig.Status) $($sig.StatusMessage)" }
Write-Output "signed $File"
