/**
 * Proof against real Terraform (on PATH on these machines; a missing terraform fails loudly): the
 * escaped literals come back from Terraform exactly as written.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { terraformLiteral } from '../../lib/terraform/terraform-literal';
import { tempDir } from '../support/temp-dir';

const INPUTS = [
  'a${b}%{c}',
  '$${{',
  '$$${x}',
  '%%{y}',
  'x$',
  'q"\\',
  '${',
  'name ${var.x} %{ if true }y%{ endif }',
];

test('Terraform outputs every escaped literal unchanged', () => {
  try {
    execFileSync('terraform', ['version'], { stdio: 'ignore' });
  } catch {
    throw new Error('terraform is not on PATH: install Terraform >= 1.4 (these tests need the real binary)');
  }
  const dir = tempDir('tf-literal-');
  const outputs = Object.fromEntries(INPUTS.map((s, i) => [`o${i}`, { value: terraformLiteral(s) }]));
  fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({ output: outputs }));
  const env = { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' };
  execFileSync('terraform', ['init', '-input=false', '-no-color'], { cwd: dir, env, stdio: 'pipe' });
  execFileSync('terraform', ['apply', '-auto-approve', '-input=false', '-no-color'], {
    cwd: dir,
    env,
    stdio: 'pipe',
  });
  const out = JSON.parse(
    execFileSync('terraform', ['output', '-json'], { cwd: dir, env, encoding: 'utf8' }),
  ) as Record<string, { value: string }>;
  expect(INPUTS.map((_, i) => out[`o${i}`]!.value)).toEqual(INPUTS);
}, 60000);
