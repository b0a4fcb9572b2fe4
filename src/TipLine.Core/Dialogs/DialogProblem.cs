namespace TipLine.Core.Dialogs;

/// <summary>Something wrong in a dialog file, with the file and line to fix.</summary>
public sealed record DialogProblem(SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}

/// <summary>Thrown when the dialog files cannot be used; the server must not start on them.</summary>
public sealed class DialogLoadException(IReadOnlyList<DialogProblem> problems)
    : Exception("The dialog files have problems:" + Environment.NewLine +
                string.Join(Environment.NewLine, problems.Select(p => "  " + p)))
{
    public IReadOnlyList<DialogProblem> Problems { get; } = problems;
}
