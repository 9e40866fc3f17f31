using BkApiGen.SpecFormat;

namespace BkApiGen.Generator.Tests;

/// <summary>The one reading of a <c>$ref</c> that the generator and <c>bkapigen check</c> share (SpecFormat/SpecReference.cs).</summary>
public sealed class SpecReferenceTests
{
    [Theory]
    [InlineData("#/definitions/host", "", "host")]
    [InlineData("common.bkapi.json#/definitions/scope_type", "common.bkapi.json", "scope_type")]
    [InlineData("#/definitions/a~1b~0c", "", "a/b~c")]
    public void A_supported_reference_names_its_file_and_definition(string text, string file, string definition)
    {
        var reference = SpecReference.Parse(text)!;

        Assert.Equal(file, reference.File);
        Assert.Equal(definition, reference.Definition);
        Assert.Equal(file.Length == 0, reference.IsLocal);
        Assert.Equal(text, SpecReference.Format(file, definition));
    }

    [Theory]
    [InlineData("#/definitions/host/properties/ip")]
    [InlineData("#/properties/host")]
    [InlineData("common.bkapi.json")]
    [InlineData("")]
    public void Any_other_form_is_no_reference(string text) => Assert.Null(SpecReference.Parse(text));

    [Fact]
    public void A_shared_file_is_found_beside_the_referring_file_and_keyed_alike_however_its_path_is_spelt()
    {
        var reference = SpecReference.Parse("../shared/./common.bkapi.json#/definitions/host")!;

        Assert.Equal("/specs/shared/common.bkapi.json", reference.TargetFile("/specs/jobv3/op.bkapi.json"));
        Assert.Equal("/specs/jobv3/op.bkapi.json", SpecReference.Parse("#/definitions/host")!.TargetFile(@"/specs\jobv3/./op.bkapi.json"));
        Assert.Equal(SpecReference.Key("/specs/shared/common.bkapi.json", "host"), SpecReference.Key(@"/specs/jobv3/../shared//common.bkapi.json", "host"));
    }
}
