import { type ReactNode } from 'react';
import { useStyles2 } from '@grafana/ui';
import {
  AGREEMENT_LEGEND,
  type MaturityReport,
  REPORT_SECTIONS,
  type ReportSectionKey,
} from '../../../../core/maturity/report';
import { getStyles } from './ReportDocument.styles';
import { reportTestIds as ids } from './testIds';

type Styles = ReturnType<typeof getStyles>;

function Table({ head, rows, styles }: { head: string[]; rows: ReactNode[][]; styles: Styles }) {
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, r) => (
          <tr key={r}>
            {cells.map((cell, c) => (
              <td key={c}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const Muted = ({ styles, children }: { styles: Styles; children: string }) => (
  <p className={styles.muted}>{children}</p>
);

function changeClass(change: string, styles: Styles): string | undefined {
  return change.startsWith('+') ? styles.up : change.startsWith('−') ? styles.down : undefined;
}

const SECTIONS: Record<ReportSectionKey, (r: MaturityReport, s: Styles) => ReactNode> = {
  stages: ({ stages }, s) => (
    <Table
      styles={s}
      head={[
        'Dimension',
        'Stage',
        'Level',
        stages.previousYear === null ? 'Previous' : `Previous (${stages.previousYear})`,
        'Change',
      ]}
      rows={stages.rows.map((r) => [
        r.dimension,
        r.stage,
        r.level,
        r.previous,
        <span key="change" className={changeClass(r.change, s)}>
          {r.change}
        </span>,
      ])}
    />
  ),
  nextSteps: ({ nextSteps }, s) =>
    nextSteps.map((step) => (
      <div key={step.dimension}>
        <h3>{step.heading}</h3>
        {step.empty !== null && <Muted styles={s}>{step.empty}</Muted>}
        {step.criteria.length > 0 && (
          <ul className={s.list}>
            {step.criteria.map((c, i) => (
              <li key={i}>{`${c.text} (${c.stage})`}</li>
            ))}
          </ul>
        )}
      </div>
    )),
  agreement: ({ agreement }, s) => (
    <>
      <Muted styles={s}>{AGREEMENT_LEGEND}</Muted>
      <Table
        styles={s}
        head={['Scope', 'Alpha', 'Reading']}
        rows={[agreement.overall, ...agreement.byDimension].map((a) => [a.label, a.alpha, a.reading])}
      />
    </>
  ),
  people: ({ people }, s) => (
    <Table
      styles={s}
      head={['Name', 'Role', 'Criteria answered', 'Settled']}
      rows={people.map((p) => [p.name, p.role, p.answered, String(p.settled)])}
    />
  ),
  evidence: ({ evidence }, s) =>
    evidence.length === 0 ? (
      <Muted styles={s}>No criterion of this model is answered from the registry.</Muted>
    ) : (
      <Table
        styles={s}
        head={['Dimension', 'Criterion', 'Figure', 'Registry', 'Consensus']}
        rows={evidence.map((e) => [e.dimension, e.text, e.figure, e.evidence, e.consensus])}
      />
    ),
  settled: ({ settled }, s) =>
    settled.length === 0 ? (
      <Muted styles={s}>No dispute needed settling.</Muted>
    ) : (
      <Table
        styles={s}
        head={['Dimension', 'Criterion', 'Answer', 'Note', 'By']}
        rows={settled.map((d) => [d.dimension, d.text, d.answer, d.note, d.by])}
      />
    ),
};

/** The report as a document: title, then the sections in the order the PDF has them. */
export function ReportDocument({ report }: { report: MaturityReport }) {
  const styles = useStyles2(getStyles);
  const { title } = report;
  return (
    <article data-report className={styles.paper} data-testid={ids.root}>
      <header>
        <h1 className={styles.title}>{title.heading}</h1>
        {title.provisional !== null && (
          <p className={styles.provisional} data-testid={ids.provisional}>
            {title.provisional}
          </p>
        )}
        <dl className={styles.facts}>
          {title.facts.map((f) => [<dt key={`${f.label}-t`}>{f.label}</dt>, <dd key={`${f.label}-d`}>{f.value}</dd>])}
        </dl>
      </header>
      {REPORT_SECTIONS.map(({ key, heading }) => (
        <section key={key} className={styles.section} data-testid={ids.section(key)}>
          <h2>{heading}</h2>
          {SECTIONS[key](report, styles)}
        </section>
      ))}
    </article>
  );
}
