// tsc compiles TypeScript only; data files the code reads at run time (password list,
// templates, JSON) are copied beside their compiled modules.
const fs = require('fs');
const path = require('path');
const root = path.resolve(__dirname, '..');
const exts = new Set(['.txt', '.json', '.hbs', '.html']);
function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (exts.has(path.extname(entry.name))) {
      const target = path.join(root, 'dist', path.relative(root, full));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(full, target);
    }
  }
}
for (const top of ['apps', 'libs']) walk(path.join(root, top));
