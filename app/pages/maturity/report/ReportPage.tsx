import { useMemo, useState } from 'react';
import { Alert, Button, LinkButton, LoadingPlaceholder, Stack } from '@grafana/ui';
import { type Cycle, type CycleResults } from '../../../../core/maturity/api';
import { maturityReport } from '../../../../core/maturity/report';
import { explainError } from '../../../api/explainError';
import { useLoad } from '../../../components/useLoad';
import { explainCycleError, loadCycleWithResults, reportPdf, saveFile } from '../api';
import { cyclePath } from '../data/route';
import { PRINT_CSS } from './printCss';
import { ReportDocument } from './ReportDocument';
import { reportTestIds as ids } from './testIds';

/** A cycle's maturity report as a printable document, with its PDF to download. */
export function ReportPage({ id }: { id: string }) {
  const [loaded] = useLoad(() => loadCycleWithResults(id), [id], explainCycleError(id));
  if (loaded.state === 'loading') {
    return <LoadingPlaceholder text="Loading the report…" />;
  }
  if (loaded.state === 'error') {
    return (
      <Alert severity="error" title="Could not load the report" data-testid={ids.loadError}>
        {loaded.error}
      </Alert>
    );
  }
  return <LoadedReport id={id} cycle={loaded.value.cycle} results={loaded.value.results} />;
}

function LoadedReport({ id, cycle, results }: { id: string; cycle: Cycle; results: CycleResults }) {
  const report = useMemo(() => maturityReport(cycle, results), [cycle, results]);
  const [downloading, setDownloading] = useState(false);
  const [failed, setFailed] = useState<string>();
  const download = () => {
    setDownloading(true);
    setFailed(undefined);
    reportPdf(id)
      .then((pdf) => saveFile(pdf, `maturity-${report.title.unit}-${report.title.year}.pdf`))
      .catch((err: unknown) => setFailed(explainError(err)))
      .finally(() => setDownloading(false));
  };
  return (
    <Stack direction="column" gap={1}>
      <style>{PRINT_CSS}</style>
      {failed !== undefined && (
        <Alert severity="error" title="The PDF could not be downloaded" data-testid={ids.downloadError}>
          {failed}
        </Alert>
      )}
      <Stack gap={1} wrap="wrap">
        <LinkButton href={cyclePath(id, 'results')} icon="arrow-left" variant="secondary" data-testid={ids.back}>
          Back to the results
        </LinkButton>
        <Button icon="file-alt" onClick={() => window.print()} data-testid={ids.print}>
          Print
        </Button>
        <Button
          icon={downloading ? 'fa fa-spinner' : 'download-alt'}
          variant="secondary"
          disabled={downloading}
          onClick={download}
          data-testid={ids.download}
        >
          Download PDF
        </Button>
      </Stack>
      <ReportDocument report={report} />
    </Stack>
  );
}
