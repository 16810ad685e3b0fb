/**
 * Embedding a figure in another site's article: the snippet a newsroom pastes, the messages between the
 * figure's frame and the host page, and the host-page script that sizes the frame. The figure page
 * (`/hinh/<n>/`) posts `{ type: FIGURE_HEIGHT, height }` to its parent on load and whenever its content
 * changes height; the host script sets the frame's height from it, and asks frames that loaded before it
 * with `{ type: FIGURE_MEASURE }`. Pure: the browser script and the build share these constants.
 */
import { chartLayout, type ChartSpec } from '../charts/spec.ts';
import { figureText } from './ui-text.ts';

/** Type of the message a framed figure page posts to its host: `{ type, height }`, height in CSS px. */
export const FIGURE_HEIGHT = 'report-figure:height';
/** Type of the message the host script posts to a frame to ask for its height again. */
export const FIGURE_MEASURE = 'report-figure:measure';

/** Path of the host-page script, relative to the site's base (served by `src/pages/nhung-hinh.js.ts`). */
export const EMBED_SCRIPT = 'nhung-hinh.js';

/** Room the figure's minimal view takes around its chart (title, source line, paddings), px. */
const EMBED_CHROME = 160;

/** Height an embedded figure starts at, before its frame reports its own: the taller of its phone and desktop layouts plus title and source. */
export function embedHeight(spec: ChartSpec): number {
  return Math.max(chartLayout(spec, 328).height, chartLayout(spec, 640).height) + EMBED_CHROME;
}

/**
 * What another site pastes to show a figure: an `<iframe>` of its page (absolute URL, a title, full width,
 * a starting height) and the site's host script, which sets the frame's height from the figure's
 * messages. No inline script or style: a host with a strict CSP only allows the site's origin in
 * `script-src`; without the script (or where a CMS strips it) the frame keeps its starting height.
 */
export function embedSnippet(spec: ChartSpec, pageUrl: string, scriptUrl: string): string {
  const title = figureText.embedTitle(spec.number, spec.title).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<iframe src="${pageUrl}" title="${title}" width="100%" height="${embedHeight(spec)}" frameborder="0" loading="lazy"></iframe>\n<script src="${scriptUrl}" async></script>`;
}

/**
 * The host-page script, as served at EMBED_SCRIPT: plain ES2015 for any host page, no globals but a
 * guard flag. It trusts messages only from its own origin and from a frame of the page, sizes that
 * frame (height from the message, full width, no border), and asks every frame of the site's figure
 * pages for its height once it runs. Loading it twice is harmless.
 */
export function embedHostScript(): string {
  return `/* Sizes embedded figures of this report to their content (see the README, "Embedding"). */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  // The site's base: figure pages are <base>hinh/<n>/, or <base><report>/hinh/<n>/ on a site of several reports.
  var pages = new URL("./", script.src).href;
  function isFigurePage(src) { return src.indexOf(pages) === 0 && src.indexOf("/hinh/", pages.length - 1) !== -1; }
  var flag = "__reportFigureEmbeds";
  var seen = window[flag] || (window[flag] = {});
  if (seen[pages]) return;
  seen[pages] = true;
  function frameOf(source) {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i += 1) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }
  function fit(frame) {
    frame.style.border = "0";
    frame.style.width = "100%";
    frame.style.display = "block";
  }
  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== ${JSON.stringify(FIGURE_HEIGHT)} || typeof data.height !== "number") return;
    var height = Math.ceil(data.height);
    if (!(height > 0 && height < 20000)) return;
    var frame = frameOf(event.source);
    if (!frame) return;
    fit(frame);
    frame.style.height = height + "px";
    frame.setAttribute("height", String(height));
  });
  function ask() {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i += 1) {
      var frame = frames[i];
      if (!isFigurePage(frame.src)) continue;
      fit(frame);
      if (frame.contentWindow) frame.contentWindow.postMessage({ type: ${JSON.stringify(FIGURE_MEASURE)} }, origin);
    }
  }
  ask();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ask);
})();
`;
}
