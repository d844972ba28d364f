package io.trainerpath.support;

import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What a narrow screen loses, measured in the page the browser shows: elements that stick out of the
 * viewport sideways, and text cut off by an ancestor whose overflow is not visible. Content inside a
 * scroll container that a keyboard can reach and a screen reader can name (tabindex="0" and a label)
 * may be wider than the screen, since it can be scrolled, but a container that does scroll must say so
 * in visible text (an element of class scroll-hint beside or inside it, or its aria-describedby). Text
 * hidden on purpose for screen readers (the visually-hidden pattern: a clip) does not count.
 */
public final class LayoutChecker {

	private static final String SCRIPT = """
			const viewport = document.documentElement.clientWidth;
			const problems = [];
			const style = el => getComputedStyle(el);
			const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
			  + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
			const snippet = text => '"' + text.trim().replace(/\\s+/g, ' ').slice(0, 60) + '"';
			const hiddenOnPurpose = el => {
			  for (let a = el; a && a !== document.documentElement; a = a.parentElement) {
			    const s = style(a);
			    if (s.clip !== 'auto' || s.clipPath !== 'none' || s.visibility === 'hidden') return true;
			  }
			  return false;
			};
			const scrolls = s => ['auto', 'scroll'].includes(s);
			// A container a person can scroll on purpose: focusable by keyboard and named.
			const scrollRegion = el => {
			  for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
			    if (scrolls(style(a).overflowX) && a.getAttribute('tabindex') === '0'
			        && (a.getAttribute('aria-label') || a.getAttribute('aria-labelledby'))) return a;
			  }
			  return null;
			};

			// 1. Elements wider than the viewport, or sticking out of it; the outermost one only.
			const reported = [];
			for (const el of document.body.querySelectorAll('*')) {
			  if (reported.some(r => r.contains(el)) || hiddenOnPurpose(el) || scrollRegion(el)) continue;
			  const r = el.getBoundingClientRect();
			  if (r.width === 0 && r.height === 0) continue;
			  if (r.left < -1 || r.right > viewport + 1) {
			    reported.push(el);
			    problems.push('[too wide] ' + name(el) + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right)
			      + ' px in a ' + viewport + ' px viewport');
			  }
			}

			// 2. Scroll containers wider inside than out must say so where it shows: a visible element of
			//    class scroll-hint inside, just before or just after it, or named by its aria-describedby.
			const shows = el => el && el.getClientRects().length > 0 && style(el).visibility !== 'hidden';
			for (const el of document.body.querySelectorAll('*')) {
			  if (!scrolls(style(el).overflowX) || el.scrollWidth <= el.clientWidth + 1 || hiddenOnPurpose(el)) continue;
			  const described = (el.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean)
			    .map(id => document.getElementById(id));
			  const hints = [el.querySelector('.scroll-hint'), el.previousElementSibling, el.nextElementSibling, ...described]
			    .filter(h => h && (h.classList.contains('scroll-hint') || described.includes(h)));
			  if (!hints.some(shows)) {
			    problems.push('[scrolls unannounced] ' + name(el) + ' holds ' + el.scrollWidth + ' px in '
			      + el.clientWidth + ' px and nothing visible says it scrolls');
			  }
			}

			// 3. Text cut off by an element that clips its overflow (hidden, clip, or an unnamed scroller).
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			  const parent = node.parentElement;
			  if (!node.textContent.trim() || !parent || parent.closest('script, style, template, noscript, select, title, desc')
			      || hiddenOnPurpose(parent)) continue;
			  let rects;
			  if (parent instanceof SVGElement) {
			    rects = [parent.getBoundingClientRect()];
			  } else {
			    const range = document.createRange();
			    range.selectNodeContents(node);
			    rects = [...range.getClientRects()];
			  }
			  rects = rects.filter(r => r.width > 0 && r.height > 0);
			  for (let a = parent; a && a !== document.documentElement; a = a.parentElement) {
			    const s = style(a);
			    const clipsX = s.overflowX !== 'visible', clipsY = s.overflowY !== 'visible';
			    if (!clipsX && !clipsY) continue;
			    const box = a.getBoundingClientRect();
			    const left = box.left + a.clientLeft, top = box.top + a.clientTop;
			    const right = left + (a instanceof SVGSVGElement ? box.width : a.clientWidth);
			    const bottom = top + (a instanceof SVGSVGElement ? box.height : a.clientHeight);
			    const cut = rects.some(r => (clipsX && (r.left < left - 1 || r.right > right + 1))
			      || (clipsY && (r.top < top - 1 || r.bottom > bottom + 1)));
			    const reachable = (scrolls(s.overflowX) || scrolls(s.overflowY)) && a.getAttribute('tabindex') === '0'
			      && (a.getAttribute('aria-label') || a.getAttribute('aria-labelledby'));
			    if (cut && !reachable) {
			      problems.push('[clipped] ' + snippet(node.textContent) + ' is cut off by ' + name(a));
			      break;
			    }
			  }
			}
			return problems;
			""";

	private LayoutChecker() {
	}

	/** Each problem as "[kind] what and where"; empty when nothing is lost at the current width. */
	@SuppressWarnings("unchecked")
	public static List<String> problems(WebDriver driver) {
		return (List<String>) ((JavascriptExecutor) driver).executeScript(SCRIPT);
	}

}
