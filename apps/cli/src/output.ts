/** Writes to stdout and waits until it is flushed, so an explicit exit cannot cut a report short. */
export function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });
}
