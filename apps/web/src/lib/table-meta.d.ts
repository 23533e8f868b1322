import "@tanstack/react-table";

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the generics must match the original
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Class for the header and body cells (alignment, width). */
    className?: string;
  }
}
