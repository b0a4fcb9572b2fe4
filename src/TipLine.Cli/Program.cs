using System.CommandLine;
using TipLine.Cli.Commands;
using TipLine.Core.Dialogs;
using TipLine.Core.Triage;

var root = new RootCommand("tipline: TipLine's operator and developer tools.")
{
    SmsCommand.Create(),
    DialogsCommand.Create(),
    TriageCommand.Create(),
    OutboxCommand.Create(),
    KeysCommand.Create(),
    AuditCommand.Create(),
    PurgeCommand.Create(),
    MediaCommand.Create(),
    UsersCommand.Create(),
};

try
{
    return await root.Parse(args).InvokeAsync();
}
catch (Exception e) when (e is TriagePolicyException or DialogLoadException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
