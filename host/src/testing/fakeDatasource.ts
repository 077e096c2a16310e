// A datasource for unit tests: its query answers from a function and records every request.
import { Observable } from 'rxjs';
import {
  type DataQueryRequest,
  type DataQueryResponse,
  DataSourceApi,
  type DataSourceInstanceSettings,
  PluginType,
} from '@grafana/data';

export function instanceSettings(uid: string, type = 'fake-datasource'): DataSourceInstanceSettings {
  return {
    id: 1,
    uid,
    type,
    name: uid,
    access: 'proxy',
    readOnly: false,
    jsonData: {},
    meta: {
      id: type,
      name: type,
      type: PluginType.datasource,
      module: `core:plugin/${type}`,
      baseUrl: '',
      info: {
        author: { name: 'test' },
        description: '',
        links: [],
        logos: { large: '', small: '' },
        screenshots: [],
        updated: '',
        version: '',
      },
    },
  };
}

type Answer = (
  request: DataQueryRequest
) => DataQueryResponse | Promise<DataQueryResponse> | Observable<DataQueryResponse>;

export class FakeDatasource extends DataSourceApi {
  readonly requests: DataQueryRequest[] = [];

  constructor(
    uid: string,
    private readonly answer: Answer
  ) {
    super(instanceSettings(uid));
  }

  query(request: DataQueryRequest): Promise<DataQueryResponse> | Observable<DataQueryResponse> {
    this.requests.push(request);
    const answer = this.answer(request);
    return answer instanceof Observable ? answer : Promise.resolve(answer);
  }

  async testDatasource() {
    return { status: 'success', message: 'ok' };
  }
}
