// Loads @prisma/schema-engine-wasm by hand: its entry point does `import * as wasm from "./….wasm"`,
// which Node 20 cannot do without --experimental-wasm-modules. We instantiate the module
// ourselves with the package's JS glue as its import object, exactly as that entry point would.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

let loaded;

// The engine's panic hook writes the panic message here (as Prisma's own wasm hosts provide)
// before trapping with a RuntimeError; without it the hook itself throws and kills the process.
const panics = (globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  message: '',
  set_message(message) {
    this.message = String(message);
  },
});

/** The message of the last engine panic, if any (and forget it). */
export function takePanicMessage() {
  const { message } = panics;
  panics.message = '';
  return message;
}

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
