#!/usr/bin/env pwsh
<#
.SYNOPSIS
    Auralis's everyday verbs for PowerShell users: the same commands the README shows.
.EXAMPLE
    ./run.ps1 test
#>
param(
    [Parameter(Position = 0)]
    [ValidateSet('test', 'bench', 'help')]
    [string] $Verb = 'help',

    [Parameter(Position = 1, ValueFromRemainingArguments = $true)]
    [string[]] $Rest = @()
)

$ErrorActionPreference = 'Stop'
Set-Location -Path $PSScriptRoot

switch ($Verb) {
    'test' { dotnet test @Rest }
    'bench' { dotnet run -c Release --project tests/Auralis.Benchmarks -- @Rest }
    'help' {
        Write-Host 'usage: ./run.ps1 <verb> [arguments]'
        Write-Host '  test    run every test (dotnet test)'
        Write-Host '  bench   run the benchmarks (dotnet run -c Release --project tests/Auralis.Benchmarks)'
    }
}
exit $LASTEXITCODE
