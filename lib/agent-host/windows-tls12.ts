/**
 * The Windows registry values that enable TLS 1.2 in SCHANNEL, which the Okta LDAP agent needs on
 * Windows (the agent requirements list exactly these four). One list; the PowerShell script, the
 * `.reg` file and the `agent-host` registry check are all derived from it.
 */

/** The SCHANNEL key of TLS 1.2, without the hive. */
export const TLS12_SCHANNEL_KEY =
  'SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2';

/**
 * One DWORD value the agent requirements ask for.
 *
 * @jsii ignore (TypeScript-only: an entry of WINDOWS_TLS12_VALUES)
 */
export interface WindowsRegistryDword {
  /** Full key path with the `HKEY_LOCAL_MACHINE` hive, as `reg query` and `.reg` files write it. */
  readonly key: string;
  readonly name: string;
  readonly data: number;
}

/** The four values: `Enabled`=1 and `DisabledByDefault`=0 under `TLS 1.2\Server` and `TLS 1.2\Client`. */
export const WINDOWS_TLS12_VALUES: readonly WindowsRegistryDword[] = ['Server', 'Client'].flatMap((side) => [
  { key: `HKEY_LOCAL_MACHINE\\${TLS12_SCHANNEL_KEY}\\${side}`, name: 'Enabled', data: 1 },
  { key: `HKEY_LOCAL_MACHINE\\${TLS12_SCHANNEL_KEY}\\${side}`, name: 'DisabledByDefault', data: 0 },
]);

/** The keys of {@link WINDOWS_TLS12_VALUES}, each once, in order. */
export function windowsTls12Keys(): string[] {
  return [...new Set(WINDOWS_TLS12_VALUES.map((v) => v.key))];
}

/**
 * The output formats of the settings.
 *
 * @jsii ignore (TypeScript-only: the argument of windowsTls12Settings; other languages read the construct's windowsTls12Script)
 */
export enum WindowsTls12Format {
  /** An idempotent PowerShell script (run as Administrator). */
  POWERSHELL = 'powershell',
  /** A `.reg` file for `reg import` or the Registry Editor. */
  REG = 'reg',
}

/**
 * An idempotent PowerShell script that sets exactly the four values: it creates a missing key, writes
 * a value only when it is absent, of another type or different, and prints what it changed. Running
 * it twice changes nothing the second time. SCHANNEL reads these at boot: restart afterwards.
 */
export function windowsTls12PowerShell(): string {
  const keys = windowsTls12Keys();
  const values = WINDOWS_TLS12_VALUES.map(
    (v) => `  @{ Key = '${psPath(v.key)}'; Name = '${v.name}'; Data = ${v.data} }`,
  );
  const lines = [
    '# Enables TLS 1.2 in SCHANNEL (server and client side), as the Okta LDAP agent requires on Windows.',
    '# Idempotent: creates missing keys and sets only values that differ. Run as Administrator; restart',
    '# Windows afterwards (SCHANNEL reads these values at boot).',
    "$ErrorActionPreference = 'Stop'",
    '$values = @(',
    values.join(',\n'),
    ')',
    '$changed = 0',
    `foreach ($key in @(${keys.map((k) => `'${psPath(k)}'`).join(', ')})) {`,
    '  if (-not (Test-Path -LiteralPath $key)) {',
    '    New-Item -Path $key -Force | Out-Null',
    '    Write-Output "created $key"',
    '  }',
    '}',
    'foreach ($v in $values) {',
    '  $item = Get-Item -LiteralPath $v.Key',
    '  $kind = if ($item.GetValueNames() -contains $v.Name) { $item.GetValueKind($v.Name) } else { $null }',
    '  if ($kind -ne [Microsoft.Win32.RegistryValueKind]::DWord -or $item.GetValue($v.Name) -ne $v.Data) {',
    '    New-ItemProperty -LiteralPath $v.Key -Name $v.Name -PropertyType DWord -Value $v.Data -Force | Out-Null',
    '    Write-Output "set $($v.Key)\\$($v.Name) = $($v.Data)"',
    '    $changed++',
    '  }',
    '}',
    "if ($changed -eq 0) { Write-Output 'TLS 1.2 values already set; nothing changed' }",
    'else { Write-Output "$changed value(s) set; restart Windows for SCHANNEL to use them" }',
  ];
  return `${lines.join('\n')}\n`;
}

/** A `.reg` file (Registry Editor 5.00 format, CRLF line ends) with exactly the four values. */
export function windowsTls12Reg(): string {
  const lines = ['Windows Registry Editor Version 5.00', ''];
  for (const key of windowsTls12Keys()) {
    lines.push(`[${key}]`);
    for (const v of WINDOWS_TLS12_VALUES.filter((x) => x.key === key)) {
      lines.push(`"${v.name}"=dword:${v.data.toString(16).padStart(8, '0')}`);
    }
    lines.push('');
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The settings in the given format. */
export function windowsTls12Settings(format: WindowsTls12Format = WindowsTls12Format.POWERSHELL): string {
  return format === WindowsTls12Format.REG ? windowsTls12Reg() : windowsTls12PowerShell();
}

/** `HKEY_LOCAL_MACHINE\…` as a PowerShell registry-provider path `HKLM:\…`. */
function psPath(key: string): string {
  return key.replace(/^HKEY_LOCAL_MACHINE\\/, 'HKLM:\\');
}
