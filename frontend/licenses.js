// Writes the licence of every package the bundle holds next to the bundle, from esbuild's
// metafile: their MIT, BSD and ISC licences ask that the notice travel with the code.
"use strict";
const fs = require("fs");
const path = require("path");

const meta = JSON.parse(fs.readFileSync("meta.json", "utf8"));
const packages = new Set();
for (const input of Object.keys(meta.inputs)) {
  const found = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/);
  if (found && !input.endsWith(".css")) packages.add(found[1]);
}
let text = "Licences of the packages bundled in plotly-partial.min.js (built by frontend/).\n";
for (const name of [...packages].sort()) {
  const folder = path.join("node_modules", name);
  const info = JSON.parse(fs.readFileSync(path.join(folder, "package.json"), "utf8"));
  const file = fs.readdirSync(folder).find((entry) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(entry));
  const body = file ? fs.readFileSync(path.join(folder, file), "utf8").trim() : `${info.license} (no licence file in the package)`;
  text += `\n${"=".repeat(78)}\n${name} ${info.version} (${info.license})\n${"=".repeat(78)}\n${body}\n`;
}
fs.writeFileSync("../dashboard/ui/static/plotly-partial.LICENSES.txt", text);
fs.unlinkSync("meta.json");
console.log(`licences of ${packages.size} packages written`);
