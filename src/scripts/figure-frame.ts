// Shipped to the browser: marks a figure page shown inside another site's frame, so its CSS drops the site's header and footer.
let framed = true;
try {
  framed = window.self !== window.top;
} catch {
  // A cross-origin parent may refuse even the comparison; that is a frame too.
}
if (framed) document.documentElement.dataset['framed'] = '';
