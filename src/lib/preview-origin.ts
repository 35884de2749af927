/** Where `npm run dev` serves the live preview unless told another port: `npm run print-preview` prints from there by default. */
export const PREVIEW_ORIGIN = 'http://localhost:4321';
