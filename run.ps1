#!/usr/bin/env pwsh
<#
.SYNOPSIS
    Auralis's everyday verbs for PowerShell users: the same commands the README shows.
.EXAMPLE
    ./run.ps1 node
    ./run.ps1 connect demo
    ./run.ps1 replay demo --out take.wav --midi take.mid
    ./run.ps1 test
#>
param(
    [Parameter(Position = 0)]
    [ValidateSet('node', 'connect', 'sessions', 'replay', 'test', 'bench', 'help')]
    [string] $Verb = 'help',

    [Parameter(Position = 1, ValueFromRemainingArguments = $true)]
    [string[]] $Rest = @()
)

$ErrorActionPreference = 'Stop'
Set-Location -Path $PSScriptRoot

switch ($Verb) {
    'node' { dotnet run --project src/Auralis.Node -- @Rest }
    'connect' { dotnet run --project src/Auralis.Cli -- connect @Rest }
    'sessions' { dotnet run --project src/Auralis.Cli -- sessions @Rest }
    'replay' { dotnet run --project src/Auralis.Cli -- replay @Rest }
    'test' { dotnet test @Rest }
    'bench' { dotnet run -c Release --project tests/Auralis.Benchmarks -- @Rest }
    'help' {
        Write-Host 'usage: ./run.ps1 <verb> [arguments]'
        Write-Host '  node      run a node (dotnet run --project src/Auralis.Node)'
        Write-Host '  connect   listen to and steer a session: ./run.ps1 connect demo [--tcp host:port | --url http://host:port]'
        Write-Host '  sessions  list the sessions of a node'
        Write-Host '  replay    re-run a session from its journal: ./run.ps1 replay demo --out take.wav --midi take.mid'
        Write-Host '  test      run every test (dotnet test)'
        Write-Host '  bench     run the benchmarks (dotnet run -c Release --project tests/Auralis.Benchmarks)'
    }
}
exit $LASTEXITCODE
