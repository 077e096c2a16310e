import { locationService } from '@grafana/runtime';
import { interceptLinkClicks } from './interceptLinkClicks';

/** Clicks a link with href (and target) inside a span, as a user would click its text. */
function click(href: string, init: MouseEventInit = {}, target?: string): MouseEvent {
  const link = document.createElement('a');
  link.setAttribute('href', href);
  if (target) {
    link.setAttribute('target', target);
  }
  const text = document.createElement('span');
  link.append(text);
  document.body.append(link);
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, ...init });
  document.addEventListener('click', interceptLinkClicks);
  text.dispatchEvent(event);
  document.removeEventListener('click', interceptLinkClicks);
  link.remove();
  return event;
}

describe('interceptLinkClicks', () => {
  beforeEach(() => locationService.push('/a/scorecard-suite-app/overview'));

  it('moves the router to an app page instead of loading it', () => {
    const event = click('/a/scorecard-suite-app/maturity/smb-2026');
    expect(event.defaultPrevented).toBe(true);
    expect(locationService.getLocation().pathname).toBe('/a/scorecard-suite-app/maturity/smb-2026');
  });

  it('leaves links with a target, and clicks with ctrl or meta (a new tab), to the browser', () => {
    expect(click('/a/scorecard-suite-app/catalog', {}, '_blank').defaultPrevented).toBe(false);
    expect(click('/a/scorecard-suite-app/catalog', { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(click('/a/scorecard-suite-app/catalog', { metaKey: true }).defaultPrevented).toBe(false);
    expect(locationService.getLocation().pathname).toBe('/a/scorecard-suite-app/overview');
  });
});
