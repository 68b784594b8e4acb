// Loads @prisma/schema-engine-wasm by hand: its entry point does `import * as wasm from "./….wasm"`,
// which Node 20 cannot do without --experimental-wasm-modules. We instantiate the module
// ourselves with the package's JS glue as its import object, exactly as that entry point would.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

let loaded;

/** @returns {Promise<typeof import('@prisma/schema-engine-wasm')>} */
export function loadSchemaEngineWasm() {
  loaded ??= (async () => {
    const glueUrl = import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const glue = await import(glueUrl);
    const bytes = await readFile(fileURLToPath(new URL('schema_engine_bg.wasm', glueUrl)));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return glue;
  })();
  return loaded;
}
