// The cdktf jest matchers (toHaveResourceWithProperties, …) for every test file: their types come
// from the adapter import, their implementation from Testing.setupJest().
import 'cdktf/lib/testing/adapters/jest';
import { Testing } from 'cdktf';

Testing.setupJest();
