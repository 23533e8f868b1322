import { notificationSentence, type TNotification } from "@tekser/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";
import { ErrorBox } from "../lib/error-box.tsx";
import { currentLocale, formatDateTime, t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";

/**
 * The header's bell: the unread count, kept current by the live updates (a new notification or
 * one read in another tab refetches it), and the list with mark-read and mark-all-read.
 */
export function NotificationBell() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const list = useQuery(trpc.notification.list.queryOptions({ unreadOnly: false }));
  const refetch = () => queryClient.invalidateQueries(trpc.notification.pathFilter());
  const markRead = useMutation(trpc.notification.markRead.mutationOptions({ onSuccess: refetch }));
  const markAll = useMutation(trpc.notification.markAllRead.mutationOptions({ onSuccess: refetch }));
  const unread = list.data?.unread ?? 0;

  return (
    <div className="notification-bell">
      <button
        type="button"
        className="btn btn-ghost bell-button"
        aria-expanded={open}
        aria-controls="notification-list"
        aria-label={t("notifications.bell", { count: unread })}
        data-testid="notification-bell"
        onClick={() => setOpen((shown) => !shown)}
      >
        <span aria-hidden="true">🔔</span>
        {unread > 0 ? (
          <span className="bell-count" data-testid="notification-unread">
            {unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <section
          id="notification-list"
          className="notification-panel"
          aria-label={t("notifications.title")}
          data-testid="notification-panel"
        >
          <header className="notification-panel-head">
            <strong>{t("notifications.title")}</strong>
            <button
              type="button"
              className="btn btn-small"
              disabled={unread === 0 || markAll.isPending}
              onClick={() => markAll.mutate()}
            >
              {t("notifications.markAllRead")}
            </button>
          </header>
          <ErrorBox error={list.error ?? markRead.error ?? markAll.error} />
          {list.data?.rows.length === 0 ? <p className="muted small">{t("notifications.none")}</p> : null}
          <ol className="notification-rows">
            {list.data?.rows.map((row) => (
              <NotificationRow
                key={row.id}
                row={row}
                onRead={() => markRead.mutate({ id: row.id })}
                onOpen={() => setOpen(false)}
              />
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}

function NotificationRow({ row, onRead, onOpen }: { row: TNotification; onRead: () => void; onOpen: () => void }) {
  const sentence = notificationSentence(currentLocale(), row);
  const follow = () => {
    if (!row.read) onRead();
    onOpen();
  };
  return (
    <li
      className={row.read ? "notification-row" : "notification-row unread"}
      data-testid="notification"
      data-kind={row.kind}
      data-read={row.read}
    >
      {row.claimId ? (
        <Link to={`/claims/${row.claimId}`} onClick={follow}>
          {sentence}
        </Link>
      ) : (
        <span>{sentence}</span>
      )}
      <span className="muted small">{formatDateTime(row.createdAt)}</span>
      {row.read ? null : (
        <button type="button" className="btn btn-ghost btn-small" onClick={onRead}>
          {t("notifications.markRead")}
        </button>
      )}
    </li>
  );
}
