using BkApiGen.Runtime.Batching;

namespace BkApiGen.Runtime.Tests;

public sealed class BkChunksTests
{
    [Fact]
    public async Task A_list_over_the_limit_is_split_into_calls_of_at_most_the_limit_and_every_result_comes_back()
    {
        var calls = new List<int[]>();
        var moduleIds = Enumerable.Range(1, 1234).Select(i => (long)i).ToList();

        var results = await BkChunks.RunAsync(
            moduleIds,
            500,
            (chunk, _) =>
            {
                lock (calls)
                {
                    calls.Add(chunk.Select(i => (int)i).ToArray());
                }

                return Task.FromResult(chunk.Select(id => id * 10).ToList());
            },
            response => response).ToListAsync();

        Assert.Equal([500, 500, 234], calls.Select(c => c.Length).OrderDescending());
        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(moduleIds.Select(id => id * 10), results.Select(r => r.Result).Order());
        Assert.Equal([0, 1, 2], results.Select(r => r.ChunkIndex).Distinct().Order());
    }

    [Fact]
    public async Task A_failed_call_is_reported_with_its_chunk_and_the_others_still_run()
    {
        var ids = Enumerable.Range(0, 450).ToList();
        var failure = new InvalidOperationException("set 200-399 refused");

        var results = await BkChunks.RunAsync(
            ids,
            200,
            (chunk, _) => chunk[0] == 200 ? Task.FromException<int[]>(failure) : Task.FromResult(chunk.ToArray()),
            response => response).ToListAsync();

        var failed = Assert.Single(results, r => !r.Succeeded);
        Assert.Same(failure, failed.Exception);
        Assert.Equal(Enumerable.Range(200, 200), failed.Chunk);
        Assert.Equal(250, results.Count(r => r.Succeeded));
    }

    [Theory]
    [InlineData(0, 4, "ChunkSize", "ChunkSize must be between 1 and 200, the most this operation takes per call.")]
    [InlineData(201, 4, "ChunkSize", "ChunkSize must be between 1 and 200, the most this operation takes per call.")]
    [InlineData(10, 0, "MaxConcurrency", "MaxConcurrency must be at least 1.")]
    public async Task Bad_options_are_refused_before_any_call(int chunkSize, int concurrency, string option, string message)
    {
        var called = false;

        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await BkChunks.RunAsync(
            Enumerable.Range(0, 10),
            200,
            (chunk, _) =>
            {
                called = true;
                return Task.FromResult(chunk);
            },
            response => response,
            new BkChunkOptions { ChunkSize = chunkSize, MaxConcurrency = concurrency }).ToListAsync());
        Assert.False(called);
        Assert.Equal(option, ex.ParamName);
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }
}
