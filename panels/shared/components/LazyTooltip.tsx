import {
  cloneElement,
  type ComponentProps,
  type FocusEvent,
  type HTMLAttributes,
  type MouseEvent,
  type ReactElement,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';
import { Tooltip } from '@grafana/ui';

/** Grafana's Tooltip props; the trigger's own click handler is kept when the tooltip is not mounted yet. */
type Props = Omit<ComponentProps<typeof Tooltip>, 'children'> & {
  children: ReactElement<HTMLAttributes<Element>>;
};

/** A pointer resting this long on the trigger mounts the tooltip (Grafana's own tooltips open after a delay too). */
const ARM_AFTER_MS = 120;

interface Armed {
  /** Open while it mounts: the hover, or the keyboard focus, that mounted it would have opened it. */
  open: boolean;
  focused: boolean;
}

// floating-ui opens on keyboard focus only; a browser that cannot tell is treated as a keyboard.
function focusVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

/**
 * Grafana's Tooltip, mounted on the first hover or focus and opened for it: a scorecard shows hundreds of
 * names, and each Tooltip sets up its floating-ui hooks when it mounts.
 */
export function LazyTooltip({ children, ...props }: Props) {
  const [armed, setArmed] = useState<Armed | null>(null);
  const [settled, setSettled] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pressed = useRef(false);
  const cancel = () => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
  };
  useEffect(() => cancel, []);
  // Once its trigger is in the page, Tooltip's own hover, focus and dismiss handling takes over.
  const mounted = useCallback(
    (element: HTMLElement | null) => {
      if (!element) {
        return;
      }
      // Mounting the Tooltip replaced the focused element: focus moves on to its successor.
      if (armed?.focused) {
        element.focus();
      }
      setSettled(true);
    },
    [armed]
  );
  if (armed === null) {
    // Mounting replaces the element, so never between a press and its click (a tap, a quick click): a hover
    // arms it after a moment, a press cancels that, and only keyboard focus arms it at once.
    // eslint-disable-next-line react-hooks/refs -- these handlers read the refs when events fire, never while rendering
    return cloneElement(children, {
      tabIndex: 0,
      onPointerEnter: () => {
        cancel();
        timer.current = setTimeout(() => setArmed({ open: true, focused: false }), ARM_AFTER_MS);
      },
      onPointerLeave: () => {
        cancel();
        pressed.current = false;
      },
      onPointerDown: () => {
        cancel();
        pressed.current = true;
      },
      onClick: (event: MouseEvent<Element>) => {
        pressed.current = false;
        children.props.onClick?.(event);
      },
      onFocus: (event: FocusEvent<Element>) => {
        // focus from a press is the pointer's, not the keyboard's
        if (!pressed.current && focusVisible(event.currentTarget)) {
          cancel();
          setArmed({ open: true, focused: true });
        }
      },
    });
  }
  return (
    <Tooltip {...props} ref={mounted} show={settled ? props.show : (props.show ?? armed.open)}>
      {children}
    </Tooltip>
  );
}
