import {
  WINDOWS_TLS12_VALUES,
  WindowsTls12Format,
  windowsTls12PowerShell,
  windowsTls12Reg,
  windowsTls12Settings,
} from '../../lib/agent-host/windows-tls12';

const KEY =
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2';
const PS_KEY = 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2';

describe('the TLS 1.2 registry values', () => {
  test('are exactly the four the agent requirements list', () => {
    expect(WINDOWS_TLS12_VALUES).toEqual([
      { key: `${KEY}\\Server`, name: 'Enabled', data: 1 },
      { key: `${KEY}\\Server`, name: 'DisabledByDefault', data: 0 },
      { key: `${KEY}\\Client`, name: 'Enabled', data: 1 },
      { key: `${KEY}\\Client`, name: 'DisabledByDefault', data: 0 },
    ]);
  });
});

describe('windowsTls12PowerShell', () => {
  test('is pinned', () => {
    expect(windowsTls12PowerShell()).toBe(
      [
        '# Enables TLS 1.2 in SCHANNEL (server and client side), as the Okta LDAP agent requires on Windows.',
        '# Idempotent: creates missing keys and sets only values that differ. Run as Administrator; restart',
        '# Windows afterwards (SCHANNEL reads these values at boot).',
        "$ErrorActionPreference = 'Stop'",
        '$values = @(',
        `  @{ Key = '${PS_KEY}\\Server'; Name = 'Enabled'; Data = 1 },`,
        `  @{ Key = '${PS_KEY}\\Server'; Name = 'DisabledByDefault'; Data = 0 },`,
        `  @{ Key = '${PS_KEY}\\Client'; Name = 'Enabled'; Data = 1 },`,
        `  @{ Key = '${PS_KEY}\\Client'; Name = 'DisabledByDefault'; Data = 0 }`,
        ')',
        '$changed = 0',
        `foreach ($key in @('${PS_KEY}\\Server', '${PS_KEY}\\Client')) {`,
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
        '',
      ].join('\n'),
    );
  });

  test('passes through Terraform and user data unchanged: no ${ or %{ template sequence', () => {
    expect(windowsTls12PowerShell()).not.toMatch(/[$%]\{/);
  });

  test('never overwrites an existing key (New-Item -Force on a registry key would drop its values)', () => {
    const script = windowsTls12PowerShell();
    const newItem = script.split('\n').findIndex((l) => l.includes('New-Item -Path'));
    expect(script.split('\n')[newItem - 1]).toContain('if (-not (Test-Path -LiteralPath $key))');
  });
});

describe('windowsTls12Reg', () => {
  test('is pinned (Registry Editor 5.00, CRLF)', () => {
    expect(windowsTls12Reg()).toBe(
      [
        'Windows Registry Editor Version 5.00',
        '',
        `[${KEY}\\Server]`,
        '"Enabled"=dword:00000001',
        '"DisabledByDefault"=dword:00000000',
        '',
        `[${KEY}\\Client]`,
        '"Enabled"=dword:00000001',
        '"DisabledByDefault"=dword:00000000',
        '',
        '',
      ].join('\r\n'),
    );
  });

  test('windowsTls12Settings picks the format (PowerShell by default)', () => {
    expect(windowsTls12Settings()).toBe(windowsTls12PowerShell());
    expect(windowsTls12Settings(WindowsTls12Format.REG)).toBe(windowsTls12Reg());
  });
});
