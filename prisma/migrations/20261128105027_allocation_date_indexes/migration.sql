-- CreateIndex
CREATE INDEX "Allocation_appliedOn_idx" ON "Allocation"("appliedOn");

-- CreateIndex
CREATE INDEX "Allocation_reversedAt_idx" ON "Allocation"("reversedAt");
