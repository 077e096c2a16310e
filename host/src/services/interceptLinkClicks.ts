import { locationUtil } from '@grafana/data';
import { locationService } from '@grafana/runtime';

function parentAnchor(element: Element | null): HTMLAnchorElement | null {
  return element?.closest('a') ?? null;
}

/** As Grafana's own: a click on a link without a target moves the router to an app page instead of loading it. */
export function interceptLinkClicks(e: MouseEvent): void {
  if (e.ctrlKey || e.metaKey || e.defaultPrevented) {
    return;
  }
  const anchor = parentAnchor(e.target instanceof Element ? e.target : null);
  let href = anchor?.getAttribute('href');
  if (!anchor || !href || anchor.getAttribute('target')) {
    return;
  }
  e.preventDefault();
  href = locationUtil.stripBaseFromUrl(href);
  if (href[0] !== '/') {
    try {
      const external = new URL(href);
      if (external.origin !== window.location.origin) {
        window.location.href = external.toString();
        return;
      }
    } catch {
      // a relative path: from the app root, as Grafana reads it
    }
    href = `/${href}`;
  }
  if (!href.startsWith('/a/')) {
    // the host's router renders app pages only: dashboards and the rest load as pages
    window.location.assign(href);
    return;
  }
  locationService.push(href);
}
