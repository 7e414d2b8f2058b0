import Testing

@testable import TiepDanStore

/// Applied migrations are frozen: a database that ran one refuses to start once its file changes, so the
/// change must be caught here, in CI, and not by an operator at night. A new migration adds its line.
@Suite("Migrations already shipped")
struct MigrationChecksumTests {
    static let shipped = [
        1: "485045380ef8f4dfd298d182d5fdfe6dcc57a33e6afa3ee595f1368ad01ad0d1",
        2: "c60da6b3e4c7cf07aa0fe8b8f1b79efd9af522b28668deecea96c35656b455f9",
        3: "50f0d2aea201c2ef9ee6bc6918daaf48b4233902105282b874cf3356a3281cbc",
        4: "1f95d68aac7c4b99a4bf5bbc23556c59eb62208a0266402942bccff40b34a72d",
        5: "288b772a42da2ce1465105d7de48bbe58b5deae456f865cd60752fe7d7d7fe89",
        6: "f993835c3026cee463a746712f9d3a5654444d2fa74e3ab38e5207138f02e19b",
        7: "76c3522b9719a4923fc7dd7235194fa88811daa6750e2a6fb2cbe2bae635b404",
        8: "3e2d07714ffd3128c1437a9f9c83f3330ced9b6b0840aa267ed6f641f5be1082",
        9: "e805ab87b3f4e0983bf0d17585a817e3ce544dec52269d91ce6bba059b84ee99",
        10: "963a1dd8abefbb89111ee0b02030639722698240f8203f683d6bd628b0caf2ad",
        11: "c6adbda91a26ec08993c2220c299dc85cf65fa51520daddc350157d8c566c8e2",
        12: "5020d9eba34d30e4968ea38153ce8cf6f7b9fe3b9371d989822226d28d353b67",
        13: "30b76eacaf2d2246e0803038a4d66f0a44d417e7ee48ea066c6e2289c18cc5c9",
        14: "004261e0c28f246e1a0f0dd372918e5c7103c9fa7b512fc15c6270f271d9a8eb",
        15: "16fb4acd3cf57f99212cab8a09dc6b875b2be4d66540ad99e0ac05ac1f9353cb",
        16: "74b216d64145b99082f343f12db4c91b76f3a892669444ec1ea7527c9a04edf9",
        17: "aab5decc9a30c58b55be46065fea6322406180e7c6bc2830991adc6c88fa38ff",
        18: "bca09c55e51c005fc6d6fc78891e620e4017e16c6e93eefef26fd64fecd35d8c",
        19: "9e8b9b6856d8cc2af047a61ac8861dcd0b1e4299c7e77d69fb27ab9a4b6cf2bc",
        20: "1bfb991011850791eec1ff15e4543acdbca1081390bcc87a5adff4cf35505065",
        21: "549f129abec1b0483b40c8e4876e30f0ea43b02ca728efea1f83dce3e85bd291",
        22: "4b9784f0b669f6fa5afd9337f2995d20dab3550b4286cb92f89fd3aabaa5c0e6",
        23: "f819aa4e8a8efc6c1c339fbad279951f992dd9e3e2fe6e3daf7f30d5bcadd6a1",
        24: "a0b5a85a05b33c21ea7d504f89e403303f5c5773f6c15c1304a1b21b8dd77eca",
        25: "7ebd173c32b7e76cf450b06d559a03f1da9642c5ee677b6168e81c7e05333fac",
        26: "8bfc02899e6b0c4817ee104573b01411eb5d97049b77faf607a8a13530223dcc",
        27: "20c41be6bf9e900bfb7cdeee798d9c83689539adacdc79a3faa8a83b917165a1",
        28: "677e891a1b7d636764ccb84d7eb20123fe03a2095a665dc6666240b0e8112719",
        29: "cbf8b1e5613c191f2ae68749b8b9be2bbb3d2d3a8ab03e2ca843e2f6b6e3065b",
        30: "54518d0ee451dbbc877850050ff3d223ae5726a5738c02898f34e7ac83abbcfb",
        31: "62475007a8e682b9189a8ea41b169fda9f76530b566c866f4d700645d0da431b",
        32: "8aea4283c4d2381aa0934320d103ee52c035e6268de3932e43656759de0b34e4",
        33: "1a7ad85b41153a772b9d29eb2e96a8d4966d755421988f2d64b75cc1ae3fb67a",
    ]

    @Test("no shipped migration has changed, whatever reformatted or edited its file")
    func shippedMigrationsAreUnchanged() {
        for migration in Migrations.all {
            #expect(Self.shipped[migration.version] == migration.checksum, "\(migration.file) changed after it shipped")
        }
    }
}
