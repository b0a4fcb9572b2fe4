using System.Text.RegularExpressions;

namespace TipLine.Core.Triage;

/// <summary>
/// One of the policy's regular expressions. It starts on .NET's backtracking interpreter, which is built in
/// microseconds, and <see cref="Compile"/> later swaps in the same expression compiled to machine code (about three
/// times faster: 305 against 1,000 triaged messages a second in the triage benchmark) once the server is ready; turning
/// the whole policy into machine code takes seconds of both cores, and a server that waited for it was not ready within
/// its 5 s. Either engine runs with a time limit; should a text ever make a pattern run out of time, the pattern is run
/// from then on by the linear-time engine, built at that moment. Not the linear engine from the start: it costs about
/// 1.3 MB a pattern (measured), which for the whole policy was 400 MB of the server's memory. The limit is wall-clock
/// time, so it is generous (a match takes microseconds; a loaded machine can stall a thread for hundreds of
/// milliseconds: a 200 ms limit lost ages under CI's load). A pattern the linear engine cannot run (lookarounds, for
/// ages) is given one more, longer try, then finds nothing: a pathological text loses an indicator's evidence, never
/// the turn.
/// </summary>
public sealed class PolicyPattern
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LastTryLimit = TimeSpan.FromSeconds(10);

    // Only named groups capture (an age's "age", "tens", "digit"); the lexicons' "(a|b)" only group. Recording what each
    // group captured, and undoing it on every backtrack, made the longest alternations' code too large for the JIT to
    // optimise (perf showed them "MinOptJitted"): 668 → 1,269 triaged messages a second in the triage benchmark.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Texts of each script, run once by the compiled expression before it replaces the interpreter: .NET turns compiled
    // code into machine code on its first run, which would otherwise fall on a message.
    private static readonly string[] WarmUpTexts =
        ["the quick brown fox jumps over a lazy dog at 12", "今天我们在这里等", "지금 여기 있어요", "сейчас мы здесь", "نحن هنا الان"];

    private readonly string _pattern;
    private volatile Regex _backtracking;
    private readonly Lazy<Regex?> _linear;
    private readonly Lazy<Regex> _lastTry;
    private volatile bool _useLinear;

    public PolicyPattern(string pattern)
    {
        _pattern = pattern;
        Needs = ScriptSet.NeededBy(pattern);
        RequiredLiterals = Triage.RequiredLiterals.Of(pattern);
        _backtracking = new Regex(pattern, Options, TimeLimit);
        _linear = new Lazy<Regex?>(() => Linear(pattern), LazyThreadSafetyMode.ExecutionAndPublication);
        _lastTry = new Lazy<Regex>(() => new Regex(pattern, Options, LastTryLimit), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Swaps the interpreter for the expression compiled to machine code (run once first, so no message waits for the JIT).</summary>
    public void Compile()
    {
        if ((_backtracking.Options & RegexOptions.Compiled) != 0) return;
        var compiled = new Regex(_pattern, Options | RegexOptions.Compiled, TimeLimit);
        foreach (var text in WarmUpTexts)
        {
            try
            {
                compiled.IsMatch(text);
            }
            catch (RegexMatchTimeoutException)
            {
                // The first run also turns the code into machine code; on a loaded machine that can outlast the time limit,
                // and the code is ready all the same (seen once while the unit tests compiled the policy on every core).
            }
        }
        _backtracking = compiled;
    }

    /// <summary>Scripts the text must have one of for this pattern to match (<see cref="Scripts.None"/>: it may match any text).</summary>
    public Scripts Needs { get; }

    /// <summary>Texts one of which every match contains (<c>null</c>: not known, it may match any text).</summary>
    public IReadOnlyList<string>? RequiredLiterals { get; }

    /// <summary>Whether the linear-time engine can run this pattern: the policy's patterns must be linear unless they need lookarounds.</summary>
    public bool IsLinear => Linear(_pattern) is not null;

    // The calls pass their arguments as state to static lambdas, not a closure a call (with the script skip, triage went
    // from 57 to 21 KB allocated a message in the triage benchmark).
    public bool IsMatch(string text) => Run(static (r, text) => r.IsMatch(text), text, false);

    /// <summary>The first match from <paramref name="start"/> on (<see cref="System.Text.RegularExpressions.Match.Empty"/> when none).</summary>
    public Match Match(string text, int start = 0) => Run(static (r, s) => r.Match(s.text, s.start), (text, start), System.Text.RegularExpressions.Match.Empty);

    /// <summary><paramref name="text"/> with every match replaced by <paramref name="replacement"/>.</summary>
    public string Replace(string text, string replacement) => Run(static (r, s) => r.Replace(s.text, s.replacement), (text, replacement), text);

    public IReadOnlyList<Match> Matches(string text) => Run<string, IReadOnlyList<Match>>(static (r, text) => [.. r.Matches(text).Cast<Match>()], text, []);

    private T Run<TState, T>(Func<Regex, TState, T> match, TState state, T nothing)
    {
        if (!_useLinear)
        {
            try
            {
                return match(_backtracking, state);
            }
            catch (RegexMatchTimeoutException) when (_linear.Value is not null)
            {
                _useLinear = true;
            }
            catch (RegexMatchTimeoutException)
            {
                return LastTry(match, state, nothing);
            }
        }
        return match(_linear.Value!, state);
    }

    private T LastTry<TState, T>(Func<Regex, TState, T> match, TState state, T nothing)
    {
        try
        {
            return match(_lastTry.Value, state);
        }
        catch (RegexMatchTimeoutException)
        {
            return nothing;
        }
    }

    public override string ToString() => _pattern;

    private static Regex? Linear(string pattern)
    {
        try
        {
            return new Regex(pattern, Options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
