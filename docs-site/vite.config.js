import { defineConfig } from 'vite';

// The site is served from any static host (target/docs, S3), so every URL is relative and file names are
// fixed (the gluedbt jar copies the files listed in site-files.txt, which the plugin below writes).
const listSiteFiles = {
  name: 'gluedbt-site-files',
  generateBundle(options, bundle) {
    const files = ['index.html', ...Object.keys(bundle).filter((name) => name !== 'index.html')].sort();
    this.emitFile({ type: 'asset', fileName: 'site-files.txt', source: files.join('\n') + '\n' });
  },
};

export default defineConfig({
  base: './',
  build: {
    outDir: process.env.GLUEDBT_DOCS_OUT_DIR || 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      output: {
        entryFileNames: 'assets/docs.js',
        chunkFileNames: 'assets/[name].js',
        assetFileNames: 'assets/[name][extname]',
      },
    },
  },
  plugins: [listSiteFiles],
});
