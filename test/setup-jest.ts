// The cdktf jest matchers (toHaveResourceWithProperties, …) for every test file: their types come
// from the adapter import, their implementation from Testing.setupJest().
import 'cdktf/lib/testing/adapters/jest';
import { Testing, type TestingAppConfig } from 'cdktf';
import { tempDir } from './support/temp-dir';

Testing.setupJest();

// Testing.app() writes into a fresh `cdktf.outdir.*` of TMPDIR and never removes it: the same folder
// made with tempDir instead is removed when the test file ends. Nothing else about the app changes.
const testingApp = Testing.app.bind(Testing);
Testing.app = (options: TestingAppConfig = {}) =>
  testingApp({ ...options, outdir: options.outdir ?? tempDir('cdktf.outdir.') });
