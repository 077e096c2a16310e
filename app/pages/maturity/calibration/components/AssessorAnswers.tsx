import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { Badge, Text, TextLink, useStyles2 } from '@grafana/ui';
import { type CriterionResult, type GivenAnswer } from '../../../../../core/maturity/api';
import { answerColor, answerLabel } from '../data/answers';
import { calibrationTestIds as ids } from '../testIds';

const SOURCE: Record<GivenAnswer['source'], string | undefined> = {
  assessor: undefined,
  evidence: 'from evidence',
  exemption: 'exempt',
};

/** Every assessor's answer to one criterion, with their note and link; answers taken from evidence or an exemption say so. */
export function AssessorAnswers({
  criterion,
  assessors,
}: {
  criterion: CriterionResult;
  assessors: readonly string[];
}) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.grid} role="table" aria-label={`Answers to ${criterion.id}`}>
      {assessors.map((name) => {
        const given = criterion.byAssessor[name];
        const source = given === undefined ? undefined : SOURCE[given.source];
        return (
          <div key={name} role="row" className={styles.row} data-testid={ids.answer(criterion.id, name)}>
            <span role="cell">
              <Text weight="medium">{name}</Text>
            </span>
            <span role="cell">
              {given === undefined ? (
                <Text color="secondary" italic>
                  no answer
                </Text>
              ) : (
                <Badge color={answerColor(given.answer)} text={answerLabel(given.answer)} />
              )}{' '}
              {source !== undefined && <Badge color="blue" icon="info-circle" text={source} />}
            </span>
            <span role="cell">
              {given?.note !== undefined && <Text color="secondary">{given.note}</Text>}
              {given?.link !== undefined && (
                <>
                  {' '}
                  <TextLink href={given.link} external>
                    {given.link}
                  </TextLink>
                </>
              )}
            </span>
          </div>
        );
      })}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  grid: css({
    display: 'grid',
    gridTemplateColumns: 'minmax(8em, max-content) max-content 1fr',
    gap: theme.spacing(0.5, 2),
    alignItems: 'baseline',
  }),
  row: css({ display: 'contents' }),
});
