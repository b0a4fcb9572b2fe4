using TipLine.Tests;

namespace TipLine.EndToEnd.Tests.Harness;

/// <summary>A test of several instances on one PostgreSQL database: skipped, and saying why, when the suite runs on SQLite.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabase.IsPostgres) Skip = "Several instances share a PostgreSQL database: set TIPLINE_TEST_POSTGRES (.ci/run does).";
    }
}
