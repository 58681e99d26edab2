// Lets a child process of an integration test run the API's TypeScript sources directly (e.g. a real worker process
// that a test can SIGKILL): `node -r ./apps/api/test/ts-register.js apps/api/src/worker.ts`. Each .ts file is
// transpiled on load with the workspace's compiler options (no type check: jest and `tsc` do that), and the lib
// aliases resolve to their sources, as in jest.preset.js.
const Module = require('node:module');
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const root = path.resolve(__dirname, '../../..');
const aliases = {
  '@smartcity/domain': path.join(root, 'libs/domain/src/index.ts'),
  '@smartcity/contracts': path.join(root, 'libs/contracts/src/index.ts'),
};
const { config } = ts.readConfigFile(path.join(root, 'tsconfig.base.json'), ts.sys.readFile);
const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, root);
const compilerOptions = { ...options, sourceMap: false, inlineSourceMap: true, declaration: false };

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, aliases[request] ?? request, ...rest);
};

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};
