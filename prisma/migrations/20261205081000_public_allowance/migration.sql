-- Public requests per client address and rate window, counted by every server instance
-- together (decision 0027). UNLOGGED: the counts live a minute or two and are written on every
-- sync, so they skip the write-ahead log; a crash of PostgreSQL empties the table, which only
-- forgives the current window.
CREATE UNLOGGED TABLE "PublicAllowance" (
    "windowIndex" BIGINT NOT NULL,
    "client" TEXT NOT NULL,
    "requests" INTEGER NOT NULL,

    CONSTRAINT "PublicAllowance_pkey" PRIMARY KEY ("windowIndex","client")
);
