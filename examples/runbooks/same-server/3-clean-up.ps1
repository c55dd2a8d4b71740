# Dial tone recovery on the server that hosted the failed database, part 3 of 3: step 14 of Microsoft's procedure,
# once every restore request of the merge (2-recover.ps1) is Completed (Get-MailboxRestoreRequest -BatchName
# DialTone): remove the requests and the recovery database.
# Remove-MailboxDatabase removes only the directory object; the files stay until deleted.

Get-MailboxRestoreRequest -Status Completed | Remove-MailboxRestoreRequest -Confirm:$false
Dismount-Database -Identity RDB1 -Confirm:$false
Remove-MailboxDatabase -Identity RDB1 -Confirm:$false
Invoke-Command -ComputerName EX01 -ScriptBlock { Remove-Item E:\Databases\RDB1 -Recurse }
