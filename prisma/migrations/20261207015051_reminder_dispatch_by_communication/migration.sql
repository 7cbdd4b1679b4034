-- CreateIndex
CREATE INDEX "ReminderDispatch_communicationId_idx" ON "ReminderDispatch"("communicationId");
