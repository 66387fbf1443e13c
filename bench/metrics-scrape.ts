// What a server's /metrics says one operation was sent: requests and summed latency, every outcome together.

export interface OperationTotals {
  requests: number;
  seconds: number;
  statements: number;
}

/** Scrapes `${baseUrl}/metrics` (Prometheus text) for one operation's request count, latency sum and statements. */
export async function scrapeOperation(baseUrl: string, operation: string): Promise<OperationTotals> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const total = (metric: string) =>
    text
      .split('\n')
      .filter((line) => line.startsWith(`${metric}{`) && line.includes(`operation="${operation}"`))
      .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
  return {
    requests: total('parley_graphql_request_duration_seconds_count'),
    seconds: total('parley_graphql_request_duration_seconds_sum'),
    statements: total('parley_graphql_request_cypher_statements_sum'),
  };
}
