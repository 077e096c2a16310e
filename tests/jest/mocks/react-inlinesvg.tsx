// @grafana/ui's Icon fetches SVG files; in jsdom render a bare svg named after the icon, with its accessible name
// (its title becomes the SVG's <title> in a browser).
const SVG_FILE_NAME = /(.+)\/(.+)\.svg$/;

interface Props {
  src: string;
  title?: string;
  'aria-label'?: string;
  'aria-hidden'?: boolean;
}

export default function InlineSVG({ src, title, 'aria-label': label, 'aria-hidden': hidden }: Props) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      data-testid={src.replace(SVG_FILE_NAME, '$2')}
      viewBox="0 0 24 24"
      aria-label={label ?? title}
      aria-hidden={hidden}
    />
  );
}
