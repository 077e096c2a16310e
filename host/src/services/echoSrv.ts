// An EchoSrv that keeps analytics events in memory (reportInteraction and friends need one).
import type { EchoBackend, EchoEvent, EchoSrv } from '@grafana/runtime';

export class HostEchoSrv implements EchoSrv {
  readonly events: Array<Omit<EchoEvent, 'meta'>> = [];
  private readonly backends: EchoBackend[] = [];

  flush(): void {
    this.backends.forEach((backend) => backend.flush());
  }

  addBackend(backend: EchoBackend): void {
    this.backends.push(backend);
  }

  addEvent<T extends EchoEvent>(event: Omit<T, 'meta'>): void {
    this.events.push(event);
  }
}
