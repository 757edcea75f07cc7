// Stylesheets imported for their side effect (Vite extracts them into CSS files the page links, which the
// strict CSP allows). They export nothing.
declare module '*.css' {}
