// @grafana/ui's Icon fetches SVG files; in jsdom render a bare svg named after the icon instead.
const SVG_FILE_NAME = /(.+)\/(.+)\.svg$/;

export default function InlineSVG({ src }: { src: string }) {
  return <svg xmlns="http://www.w3.org/2000/svg" data-testid={src.replace(SVG_FILE_NAME, '$2')} viewBox="0 0 24 24" />;
}
