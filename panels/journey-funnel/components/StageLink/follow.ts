import { type MouseEvent } from 'react';
import { type LinkModel, locationUtil } from '@grafana/data';
import { locationService } from '@grafana/runtime';

const isInternal = (href: string) => href.startsWith('/') && !href.startsWith('//');

/** Click handler of a stage's anchor: the link's own onClick, else Grafana's router for in-app links. */
export function followLink(link: LinkModel) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey) {
      return;
    }
    if (link.onClick) {
      event.preventDefault();
      link.onClick(event);
      return;
    }
    if (link.target !== '_blank' && isInternal(link.href)) {
      event.preventDefault();
      locationService.push(locationUtil.stripBaseFromUrl(link.href));
    }
  };
}
