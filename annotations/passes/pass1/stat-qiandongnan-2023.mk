黔东南州统计局
[[2024年5月7日|TIME:t1]]

[[2023年|TIME:t2]]，在省委省政府和州委州政府的坚强领导下，全
州上下深入贯彻党的二十大精神和习近平总书记视察贵州
重要讲话精神，坚持以高质量发展统揽全局，围绕“四新”
主攻“四化”，着力扬优势强产业、补短板惠民生、防风险
保稳定，加快推进“桥头堡”建设，千方百计破难题、开新
局，扎实推进各项工作，全州经济逐季向好、稳中有进，经
济社会高质量发展取得实效。

一、综

合

根据市（州）生产总值统一核算结果，[[全年|TIME:t3]]全州[[生产总
值|IND:i1]][2][[1329.65亿|VAL ind=i1 unit=u1]][[元|UNIT:u1]]，比上年增长[[4.0|VAL ind=i1 kind=change unit=u2]][[%|UNIT:u2]]，[[两年|TIME:t4]]平均增长[[3.1|VAL ind=i1 time=t4 kind=change unit=u3]][[%|UNIT:u3]]。其
中，[[第一产业增加值|IND:i2]][[277.25亿|VAL ind=i2 unit=u4]][[元|UNIT:u4]]，增长[[4.2|VAL ind=i2 kind=change unit=u5]][[%|UNIT:u5]]；[[第二产业增加
值|IND:i3]][[294.25亿|VAL ind=i3 unit=u6]][[元|UNIT:u6]]，增长[[3.9|VAL ind=i3 kind=change unit=u7]][[%|UNIT:u7]]；[[第三产业增加值|IND:i4]][[758.14亿|VAL ind=i4 unit=u8]][[元|UNIT:u8]]，增
长[[3.9|VAL ind=i4 kind=change unit=u9]][[%|UNIT:u9]]。[[第一产业增加值占全州生产总值的比重|IND:i5]]为[[20.9|VAL ind=i5 unit=u10]][[%|UNIT:u10]]，
[[第 二 产 业 增 加 值 比 重|IND:i6]] 为 [[22.1|VAL ind=i6 unit=u11]][[%|UNIT:u11]] 、 [[第 三 产 业 增 加 值 比 重|IND:i7]] 为
[[57.0|VAL ind=i7 unit=u12]][[%|UNIT:u12]]。[[第一|IND:i8]]、[[二|IND:i9]]、[[三产业对经济增长的贡献率|IND:i10]]分别为[[22.5|VAL ind=i8 unit=u13]][[%|UNIT:u13]]、
[[22.1|VAL ind=i9 unit=u14]][[%|UNIT:u14]]和[[55.4|VAL ind=i10 unit=u15]][[%|UNIT:u15]]。[[全年|TIME:t5]]全州[[人均生产总值|IND:i11]][[35511|VAL ind=i11 time=t5 unit=u16]][[元|UNIT:u16]]，比上年增
长[[3.7|VAL ind=i11 kind=change unit=u17]][[%|UNIT:u17]]。

—

1—

[[年末|TIME:t6]]全州[[常住人口|IND:i12]][[375.73万|VAL ind=i12 time=t6 unit=u18]][[人|UNIT:u18]]。[[年末|TIME:t7]][[户籍人口|IND:i13]][[489.93万|VAL ind=i13 time=t7 unit=u19]]
[[人|UNIT:u19]]，比上年末增加[[0.33万|VAL ind=i13 kind=change unit=u20]][[人|UNIT:u20]]。[[少数民族|IND:i14]][[402.33万|VAL ind=i14 unit=u21]][[人|UNIT:u21]]，其中：
[[苗族人口|IND:i15]][[213.93万|VAL ind=i15 unit=u22]][[人|UNIT:u22]]，[[侗族人口|IND:i16]][[149.88万|VAL ind=i16 unit=u23]][[人|UNIT:u23]]。全州[[人口出生
率|IND:i17]]为[[9.1|VAL ind=i17 unit=u24]][[‰|UNIT:u24]]，[[死亡率|IND:i18]]为[[6.6|VAL ind=i18 unit=u25]][[‰|UNIT:u25]]，[[人口自然增长率|IND:i19]]为[[2.5|VAL ind=i19 unit=u26]][[‰|UNIT:u26]]。
表1
指标名称

—

[[2023年年末|TIME:t8]]户籍人口及其构成
[[年末|TIME:t9]]数（人）

比重（%）

全州[[总户籍人口|IND:i20]]

[[4899310|VAL ind=i20]]

[[100.0|VAL ind=i20]]

#[[城镇|IND:i21]]

[[1654272|VAL ind=i21]]

[[33.8|VAL ind=i21]]

[[乡村|IND:i22]]

[[3245038|VAL ind=i22]]

[[66.2|VAL ind=i22]]

2—

#[[男性|IND:i23]]

[[2617299|VAL ind=i23]]

[[53.4|VAL ind=i23]]

[[女性|IND:i24]]

[[2282011|VAL ind=i24]]

[[46.6|VAL ind=i24]]

#[[0-17岁（含不满18周岁）|IND:i25]]

[[1136460|VAL ind=i25]]

[[23.2|VAL ind=i25]]

[[18-59岁（含不满60周岁）|IND:i26]]

[[3016917|VAL ind=i26]]

[[61.6|VAL ind=i26]]

[[60周岁及以上|IND:i27]]

[[745933|VAL ind=i27]]

[[15.2|VAL ind=i27]]

全州实现[[城镇新增就业|IND:i28]] [[60188|VAL ind=i28 unit=u27]] [[人|UNIT:u27]]，[[失业人员再就业|IND:i29]] [[16658|VAL ind=i29 unit=u28]]
[[人|UNIT:u28]]，[[困难人员再就业|IND:i30]] [[7278|VAL ind=i30 unit=u29]] [[人|UNIT:u29]]。

二、农

业

[[全年|TIME:t10]]全州[[农林牧渔业增加值|IND:i31]] [[290.41|VAL ind=i31 time=t10 unit=u30]] [[亿元|UNIT:u30]]，比上年增长
[[4.2|VAL ind=i31 kind=change unit=u31]][[%|UNIT:u31]]。
[[全年|TIME:t11]]全州[[农林牧渔业总产值|IND:i32]] [[481.96|VAL ind=i32 time=t11 unit=u32]] [[亿元|UNIT:u32]]，比上年增长
[[4.2|VAL ind=i32 kind=change unit=u33]][[%|UNIT:u33]]。其中，[[种植业总产值|IND:i33]] [[282.41|VAL ind=i33 unit=u34]] [[亿元|UNIT:u34]]，增长 [[3.8|VAL ind=i33 kind=change unit=u35]][[%|UNIT:u35]]；[[林业
总产值|IND:i34]] [[86.95|VAL ind=i34 unit=u36]] [[亿元|UNIT:u36]]，增长 [[4.2|VAL ind=i34 kind=change unit=u37]][[%|UNIT:u37]]；[[畜牧业总产值|IND:i35]] [[75.17|VAL ind=i35 unit=u38]] [[亿元|UNIT:u38]]，
增长 [[5.1|VAL ind=i35 kind=change unit=u39]][[%|UNIT:u39]]；[[渔业总产值|IND:i36]] [[15.49|VAL ind=i36 unit=u40]] [[亿元|UNIT:u40]]，增长 [[8.5|VAL ind=i36 kind=change unit=u41]][[%|UNIT:u41]]。
表2 [[2023年|TIME:t12]]农林牧渔业总产值及其增长速度
指标名称

绝对数（亿元）

比上年增长（%）

[[481.96|VAL ind=i37]]

[[4.2|VAL ind=i37 kind=change]]

#[[种植业|IND:i38]]

[[282.41|VAL ind=i38]]

[[3.8|VAL ind=i38 kind=change]]

[[林

业|IND:i39]]

[[86.95|VAL ind=i39]]

[[4.2|VAL ind=i39 kind=change]]

[[畜牧业|IND:i40]]

[[75.17|VAL ind=i40]]

[[5.1|VAL ind=i40 kind=change]]

[[渔|IND:i41]]

[[15.49|VAL ind=i41]]

[[8.5|VAL ind=i41 kind=change]]

[[21.95|VAL ind=i42]]

[[4.1|VAL ind=i42 kind=change]]

[[农林牧渔业总产值|IND:i37]]

业

[[农林牧渔专业及辅助性活动|IND:i42]]

[[全年|TIME:t13]]全州[[粮食种植面积|IND:i43]] [[405.34|VAL ind=i43 time=t13 unit=u42]] [[万亩|UNIT:u42]]，比上年下降 [[0.7|VAL ind=i43 time=t13 kind=change unit=u43]][[%|UNIT:u43]]；
[[粮食总产量|IND:i44]] [[133.77|VAL ind=i44 unit=u44]] [[万吨|UNIT:u44]]，比上年下降 [[2.3|VAL ind=i44 kind=change unit=u45]][[%|UNIT:u45]]，其中，[[夏粮产
量|IND:i45]] [[16.38|VAL ind=i45 unit=u46]] [[万吨|UNIT:u46]]，下降 [[1.7|VAL ind=i45 kind=change unit=u47]][[%|UNIT:u47]]；[[秋粮产量|IND:i46]] [[117.39|VAL ind=i46 unit=u48]] [[万吨|UNIT:u48]]，下降 [[2.4|VAL ind=i46 kind=change unit=u49]][[%|UNIT:u49]]。
[[全年|TIME:t14]][[蔬菜种植面积|IND:i47]] [[238.12|VAL ind=i47 time=t14 unit=u50]] [[万亩|UNIT:u50]]，比上年下降 [[1.4|VAL ind=i47 time=t14 kind=change unit=u51]][[%|UNIT:u51]]；[[蔬
菜产量|IND:i48]] [[389.84|VAL ind=i48 unit=u52]] [[万吨|UNIT:u52]]，比上年增长 [[3.8|VAL ind=i48 kind=change unit=u53]][[%|UNIT:u53]]。[[全年|TIME:t15]][[食用菌收获面|IND:i49]]
—

3—

积 [[2.59|VAL ind=i49 unit=u54]] [[万亩|UNIT:u54]]，比上年下降 [[23.7|VAL ind=i49 kind=change unit=u55]][[%|UNIT:u55]]；[[食用菌产量|IND:i50]] [[4.25|VAL ind=i50 unit=u56]] [[万吨|UNIT:u56]]，比
上年下降 [[20.8|VAL ind=i50 kind=change unit=u57]][[%|UNIT:u57]]。[[全年|TIME:t16]][[油菜籽种植面积|IND:i51]] [[91.90|VAL ind=i51 time=t16 unit=u58]] [[万亩|UNIT:u58]]，比上年
增长 [[14.7|VAL ind=i51 kind=change unit=u59]][[%|UNIT:u59]]；[[油菜籽产量|IND:i52]] [[9.84|VAL ind=i52 unit=u60]] [[万吨|UNIT:u60]]，比上年增长 [[12.8|VAL ind=i52 kind=change unit=u61]][[%|UNIT:u61]]。[[全
年|TIME:t17]][[烤烟种植面积|IND:i53]] [[11.71|VAL ind=i53 unit=u62]] [[万亩|UNIT:u62]]，比上年下降 [[5.2|VAL ind=i53 kind=change unit=u63]][[%|UNIT:u63]]；[[烤烟产量|IND:i54]] [[1.34|VAL ind=i54 unit=u64]]
[[万吨|UNIT:u64]]，比上年下降 [[4.4|VAL ind=i54 kind=change unit=u65]][[%|UNIT:u65]]。[[全年|TIME:t18]][[药材类种植面积|IND:i55]] [[67.26|VAL ind=i55 time=t18 unit=u66]] [[万亩|UNIT:u66]]，
比上年下降 [[3.0|VAL ind=i55 kind=change unit=u67]][[%|UNIT:u67]]；[[中药材产量|IND:i56]] [[36.81|VAL ind=i56 unit=u68]] [[万吨|UNIT:u68]]，比上年增长 [[8.7|VAL ind=i56 kind=change unit=u69]][[%|UNIT:u69]]。
[[年末|TIME:t19]][[茶园面积|IND:i57]] [[47.28|VAL ind=i57 time=t19 unit=u70]] [[万亩|UNIT:u70]]，比上年增长 [[0.7|VAL ind=i57 time=t19 kind=change unit=u71]][[%|UNIT:u71]]；[[茶叶产量|IND:i58]] [[2.24|VAL ind=i58 unit=u72]]
[[万吨|UNIT:u72]]，比上年增长 [[4.0|VAL ind=i58 kind=change unit=u73]][[%|UNIT:u73]]。[[年末|TIME:t20]][[果园面积|IND:i59]] [[93.46|VAL ind=i59 time=t20 unit=u74]] [[万亩|UNIT:u74]]，比上年
下降 [[6.1|VAL ind=i59 kind=change unit=u75]][[%|UNIT:u75]]；[[水果（含果用瓜）产量|IND:i60]] [[93.90|VAL ind=i60 unit=u76]] [[万吨|UNIT:u76]]，增长 [[1.8|VAL ind=i60 kind=change unit=u77]][[%|UNIT:u77]]。
表3 [[2023年|TIME:t21]]主要农产品产量
指标名称

产量（万吨）

比上年增长（%）

[[133.77|VAL ind=i61]]

-[[2.3|VAL ind=i61 kind=change]]

#[[夏粮|IND:i62]]

[[16.38|VAL ind=i62]]

-[[1.7|VAL ind=i62 kind=change]]

[[秋粮|IND:i63]]

[[117.39|VAL ind=i63]]

-[[2.4|VAL ind=i63 kind=change]]

#[[豆类|IND:i64]]

[[1.79|VAL ind=i64]]

[[0.5|VAL ind=i64 kind=change]]

[[薯类（折粮）|IND:i65]]

[[24.33|VAL ind=i65]]

[[2.1|VAL ind=i65 kind=change]]

[[棉花|IND:i66]]

[[0.03|VAL ind=i66]]

-[[12.0|VAL ind=i66 kind=change]]

[[油料|IND:i67]]

[[11.15|VAL ind=i67]]

[[12.2|VAL ind=i67 kind=change]]

[[糖料|IND:i68]]

[[0.09|VAL ind=i68]]

-[[31.0|VAL ind=i68 kind=change]]

[[烤烟|IND:i69]]

[[1.34|VAL ind=i69]]

-[[4.4|VAL ind=i69 kind=change]]

[[中药材|IND:i70]]

[[36.81|VAL ind=i70]]

[[8.7|VAL ind=i70 kind=change]]

[[蔬菜|IND:i71]]

[[389.84|VAL ind=i71]]

[[3.8|VAL ind=i71 kind=change]]

[[茶叶|IND:i72]]

[[2.24|VAL ind=i72]]

[[4.0|VAL ind=i72 kind=change]]

[[水果（含果用瓜）|IND:i73]]

[[93.90|VAL ind=i73]]

[[1.8|VAL ind=i73 kind=change]]

[[粮食|IND:i61]]

[[全年|TIME:t22]]全州[[猪牛羊禽肉产量|IND:i74]][[19.23万|VAL ind=i74 time=t22 unit=u78]][[吨|UNIT:u78]]，比上年增长[[4.7|VAL ind=i74 time=t22 kind=change unit=u79]][[%|UNIT:u79]]。
[[生猪出栏|IND:i75]][[153.12万|VAL ind=i75 unit=u80]][[头|UNIT:u80]]，比上年增长[[7.4|VAL ind=i75 kind=change unit=u81]][[%|UNIT:u81]]；[[牛出栏|IND:i76]][[16.14万|VAL ind=i76 unit=u82]][[头|UNIT:u82]]，
比上年下降[[5.5|VAL ind=i76 kind=change unit=u83]][[%|UNIT:u83]];[[羊出栏|IND:i77]][[21.82万|VAL ind=i77 unit=u84]][[只|UNIT:u84]]，比上年增长[[10.0|VAL ind=i77 kind=change unit=u85]][[%|UNIT:u85]]。[[活家
禽出栏|IND:i78]][[1958.08万|VAL ind=i78 unit=u86]][[只|UNIT:u86]]，比上年下降[[0.3|VAL ind=i78 kind=change unit=u87]][[%|UNIT:u87]]。[[禽蛋产量|IND:i79]][[5.39万|VAL ind=i79 unit=u88]][[吨|UNIT:u88]]，
比上年增长[[16.8|VAL ind=i79 kind=change unit=u89]][[%|UNIT:u89]]。

—

4—

表4
指标名称

[[2023年|TIME:t23]]主要畜产品产量和牲畜发展情况
单位

产量

比上年增长(%)

[[万吨|UNIT:tu1]]

[[19.23|VAL ind=i80 unit=tu1]]

[[4.7|VAL ind=i80 kind=change]]

#[[猪肉|IND:i81]]

[[万吨|UNIT:tu2]]

[[13.49|VAL ind=i81 unit=tu2]]

[[7.4|VAL ind=i81 kind=change]]

[[牛肉|IND:i82]]

[[万吨|UNIT:tu3]]

[[2.07|VAL ind=i82 unit=tu3]]

-[[4.4|VAL ind=i82 kind=change]]

[[羊肉|IND:i83]]

[[万吨|UNIT:tu4]]

[[0.38|VAL ind=i83 unit=tu4]]

[[11.5|VAL ind=i83 kind=change]]

[[禽肉|IND:i84]]

[[万吨|UNIT:tu5]]

[[3.29|VAL ind=i84 unit=tu5]]

-[[0.4|VAL ind=i84 kind=change]]

[[牛奶|IND:i85]]

[[万吨|UNIT:tu6]]

[[0.04|VAL ind=i85 unit=tu6]]

[[2.1|VAL ind=i85 kind=change]]

[[禽蛋|IND:i86]]

[[万吨|UNIT:tu7]]

[[5.39|VAL ind=i86 unit=tu7]]

[[16.8|VAL ind=i86 kind=change]]

[[猪出栏|IND:i87]]

[[万头|UNIT:tu8]]

[[153.12|VAL ind=i87 unit=tu8]]

[[7.4|VAL ind=i87 kind=change]]

[[牛出栏|IND:i88]]

[[万头|UNIT:tu9]]

[[16.14|VAL ind=i88 unit=tu9]]

-[[5.5|VAL ind=i88 kind=change]]

[[羊出栏|IND:i89]]

[[万只|UNIT:tu10]]

[[21.82|VAL ind=i89 unit=tu10]]

[[10.0|VAL ind=i89 kind=change]]

[[活家禽出栏|IND:i90]]

[[万只|UNIT:tu11]]

[[1958.08|VAL ind=i90 unit=tu11]]

-[[0.3|VAL ind=i90 kind=change]]

[[猪年末存栏|IND:i91]]

[[万头|UNIT:tu12]]

[[126.06|VAL ind=i91 unit=tu12]]

[[0.8|VAL ind=i91 kind=change]]

[[牛年末存栏|IND:i92]]

[[万头|UNIT:tu13]]

[[42.05|VAL ind=i92 unit=tu13]]

[[7.4|VAL ind=i92 kind=change]]

[[羊年末存栏|IND:i93]]

[[万只|UNIT:tu14]]

[[30.82|VAL ind=i93 unit=tu14]]

[[0.7|VAL ind=i93 kind=change]]

[[活家禽年末存栏|IND:i94]]

[[万只|UNIT:tu15]]

[[1536.29|VAL ind=i94 unit=tu15]]

[[13.4|VAL ind=i94 kind=change]]

[[猪牛羊禽肉产量|IND:i80]]

[[全年|TIME:t24]]全州[[水产品产量|IND:i95]][[6.36万|VAL ind=i95 time=t24 unit=u90]][[吨|UNIT:u90]]，比上年增长[[5.7|VAL ind=i95 time=t24 kind=change unit=u91]][[%|UNIT:u91]]。其中，
[[养殖水产品产量|IND:i96]][[6.34万|VAL ind=i96 unit=u92]][[吨|UNIT:u92]]，比上年增长[[5.7|VAL ind=i96 kind=change unit=u93]][[%|UNIT:u93]]。
全州[[农业机械总动力|IND:i97]][[309.79万|VAL ind=i97 unit=u94]][[千瓦|UNIT:u94]]，比上年增长[[1.0|VAL ind=i97 kind=change unit=u95]][[%|UNIT:u95]]。
全州有[[大中型拖拉机|IND:i98]][[1343|VAL ind=i98 unit=u96]][[台|UNIT:u96]]，[[小型拖拉机|IND:i99]][[2128|VAL ind=i99 unit=u97]][[台|UNIT:u97]]；[[农用水泵|IND:i100]]
[[58152|VAL ind=i100 unit=u98]][[台|UNIT:u98]]。

三、工业和建筑业
[[全年|TIME:t25]]全州[[工业增加值|IND:i101]][[165.72亿|VAL ind=i101 time=t25 unit=u99]][[元|UNIT:u99]]，比上年增长[[3.5|VAL ind=i101 time=t25 kind=change unit=u100]][[%|UNIT:u100]]。

—

5—

[[规模以上工业增加值|IND:i102]][3]比上年增长[[4.7|VAL ind=i102 kind=change unit=u101]][[%|UNIT:u101]]。其中，[[轻工业
增加值|IND:i103]]增长[[16.8|VAL ind=i103 kind=change unit=u102]][[%|UNIT:u102]]；[[重工业增加值|IND:i104]]增长[[1.0|VAL ind=i104 kind=change unit=u103]][[%|UNIT:u103]]。在规模以上工
业中，分经济类型看，[[国有企业增加值|IND:i105]]比上年增长[[1.9|VAL ind=i105 kind=change unit=u104]][[%|UNIT:u104]]；[[集
体企业增加值|IND:i106]]比上年增长[[4.4|VAL ind=i106 kind=change unit=u105]][[倍|UNIT:u105]]；[[股份制企业增加值|IND:i107]]比上年增
长[[4.9|VAL ind=i107 kind=change unit=u106]][[%|UNIT:u106]]；[[外商及港澳台商投资企业|IND:i108]]比上年增长[[4.6|VAL ind=i108 kind=change unit=u107]][[%|UNIT:u107]]，[[私营企
业|IND:i109]]比上年增长[[7.8|VAL ind=i109 kind=change unit=u108]][[%|UNIT:u108]]。分门类看，[[采矿业增加值|IND:i110]]比上年下降
[[23.4|VAL ind=i110 kind=change unit=u109]][[%|UNIT:u109]]；[[制造业增加值|IND:i111]]比上年增长[[11.8|VAL ind=i111 kind=change unit=u110]][[%|UNIT:u110]]；[[电力、热力、燃气
及水生产和供应业增加值|IND:i112]]比上年下降[[7.3|VAL ind=i112 kind=change unit=u111]][[%|UNIT:u111]]。
全州[[五大主导产业|IND:i113]]比上年增长[[18.4|VAL ind=i113 kind=change unit=u112]][[%|UNIT:u112]]，其中，[[特色食品
增加值|IND:i114]]增长[[41.9|VAL ind=i114 kind=change unit=u113]][[%|UNIT:u113]]，[[再生资源循环材料增加值|IND:i115]]增长[[41.0|VAL ind=i115 kind=change unit=u114]][[%|UNIT:u114]]，[[木
材加工及家具制造|IND:i116]]增长[[1.3|VAL ind=i116 kind=change unit=u115]][[%|UNIT:u115]]。
全州[[31|VAL ind=i117 unit=u116]][[个|UNIT:u116]][[工业行业大类|IND:i117]]中有[[18|VAL ind=i118 unit=u117]][[个|UNIT:u117]][[实现正增长|IND:i118]]，其中，[[有
色金属冶炼和压延加工业增加值|IND:i119]]比上年增长[[41.5|VAL ind=i119 kind=change unit=u118]][[%|UNIT:u118]]；[[电气机
械和器材制造业增加值|IND:i120]]增长[[21.5|VAL ind=i120 kind=change unit=u119]][[%|UNIT:u119]]；[[化学原料和化学制品制
造业增加值|IND:i121]]增长[[5.0|VAL ind=i121 kind=change unit=u120]][[%|UNIT:u120]]；[[酒、饮料和精制茶制造业增加值|IND:i122]]增长
[[28.8|VAL ind=i122 kind=change unit=u121]][[%|UNIT:u121]]；[[黑色金属冶炼和压延加工业增加值|IND:i123]]增长[[7.6|VAL ind=i123 kind=change unit=u122]][[%|UNIT:u122]]。
表5

[[2023年|TIME:t26]]规模以上工业主要行业增加值增长速度
产品名称

单位

比上年增长

[[%|UNIT:tu16]]

[[4.7|VAL ind=i124 unit=tu16 kind=change]]

#[[有色金属冶炼和压延加工业增加值|IND:i125]]

[[%|UNIT:tu17]]

[[41.5|VAL ind=i125 unit=tu17 kind=change]]

[[电气机械和器材制造业增加值|IND:i126]]
[[化学原料和化学制品制造业增加值|IND:i127]]
[[酒、饮料和精制茶制造业增加值|IND:i128]]
[[黑色金属冶炼和压延加工业增加值|IND:i129]]
[[矿产资源精深加工增加值|IND:i130]]
[[再生资源循环利用增加值|IND:i131]]
[[特色食品增加值|IND:i132]]
[[木材加工及家具制造增加值|IND:i133]]
[[大健康医药增加值|IND:i134]]

[[%|UNIT:tu18]]
[[%|UNIT:tu19]]
[[%|UNIT:tu20]]
[[%|UNIT:tu21]]
[[%|UNIT:tu22]]
[[%|UNIT:tu23]]
[[%|UNIT:tu24]]
[[%|UNIT:tu25]]
[[%|UNIT:tu26]]

[[21.5|VAL ind=i126 unit=tu18 kind=change]]
[[5.0|VAL ind=i127 unit=tu19 kind=change]]
[[28.8|VAL ind=i128 unit=tu20 kind=change]]
[[7.6|VAL ind=i129 unit=tu21 kind=change]]
-[[1.2|VAL ind=i130 unit=tu22 kind=change]]
[[41.0|VAL ind=i131 unit=tu23 kind=change]]
[[41.9|VAL ind=i132 unit=tu24 kind=change]]
[[1.3|VAL ind=i133 unit=tu25 kind=change]]
-[[1.3|VAL ind=i134 unit=tu26 kind=change]]

[[规模以上工业增加值|IND:i124]]

—

6—

[[全年|TIME:t27]]全州[[集成电路|IND:i135]][[23787.46万|VAL ind=i135 time=t27 unit=u123]][[块|UNIT:u123]]，比上年增长[[1.7|VAL ind=i135 time=t27 kind=change unit=u124]][[倍|UNIT:u124]]；[[十
种有色金属|IND:i136]][[18.94万|VAL ind=i136 unit=u125]][[吨|UNIT:u125]]，增长[[67.3|VAL ind=i136 kind=change unit=u126]][[%|UNIT:u126]]；[[铅酸蓄电池|IND:i137]][[11937340|VAL ind=i137 unit=u127]][[千
伏安时|UNIT:u127]]，增长[[14.0|VAL ind=i137 kind=change unit=u128]][[%|UNIT:u128]]。
表6

[[2023年|TIME:t28]]规模以上工业部分主要工业产品产量及其增长速度

产品名称

单位

产量

比上年增长(%)

[[饲料|IND:i138]]

[[万吨|UNIT:tu27]]

[[35.58|VAL ind=i138 unit=tu27]]

[[53.6|VAL ind=i138 kind=change]]

[[辣椒制品|IND:i139]]

[[万吨|UNIT:tu28]]

[[1.11|VAL ind=i139 unit=tu28]]

[[22.0|VAL ind=i139 kind=change]]

[[万吨|UNIT:tu29]]
[[吨|UNIT:tu30]]
[[吨|UNIT:tu31]]
[[万平方米|UNIT:tu32]]
[[吨|UNIT:tu33]]
[[吨|UNIT:tu34]]
[[吨|UNIT:tu35]]
[[吨|UNIT:tu36]]
[[吨|UNIT:tu37]]
[[万平方米|UNIT:tu38]]
[[万平方米|UNIT:tu39]]
[[万平方米|UNIT:tu40]]
[[万吨|UNIT:tu41]]
[[万吨|UNIT:tu42]]
[[台|UNIT:tu43]]
[[千伏安时|UNIT:tu44]]
[[万块|UNIT:tu45]]
[[亿只|UNIT:tu46]]
[[万立方米|UNIT:tu47]]

[[19.86|VAL ind=i140 unit=tu29]]
[[1440.63|VAL ind=i141 unit=tu30]]
[[148.47|VAL ind=i142 unit=tu31]]
[[243.34|VAL ind=i143 unit=tu32]]
[[31376.00|VAL ind=i144 unit=tu33]]
[[22185.18|VAL ind=i145 unit=tu34]]
[[2025.68|VAL ind=i146 unit=tu35]]
[[8167.42|VAL ind=i147 unit=tu36]]
[[641.00|VAL ind=i148 unit=tu37]]
[[106.21|VAL ind=i149 unit=tu38]]
[[308.94|VAL ind=i150 unit=tu39]]
[[1122.12|VAL ind=i151 unit=tu40]]
[[18.94|VAL ind=i152 unit=tu41]]
[[95.91|VAL ind=i153 unit=tu42]]
[[332.00|VAL ind=i154 unit=tu43]]
[[11937340|VAL ind=i155 unit=tu44]]
[[23787.46|VAL ind=i156 unit=tu45]]
[[27.99|VAL ind=i157 unit=tu46]]
[[7861.64|VAL ind=i158 unit=tu47]]

[[3.8|VAL ind=i140 kind=change]]
[[8.3|VAL ind=i141 kind=change]]
[[113.9|VAL ind=i142 kind=change]]
[[4.3|VAL ind=i143 kind=change]]
[[22.6|VAL ind=i144 kind=change]]
[[1.0|VAL ind=i145 kind=change]]
[[24.7|VAL ind=i146 kind=change]]
[[66.6|VAL ind=i147 kind=change]]
[[8.5|VAL ind=i148 kind=change]]
[[1.4|VAL ind=i149 kind=change]]
[[49.2|VAL ind=i150 kind=change]]
[[9.4|VAL ind=i151 kind=change]]
[[67.3|VAL ind=i152 kind=change]]
[[14.2|VAL ind=i153 kind=change]]
[[273.0|VAL ind=i154 kind=change]]
[[14.0|VAL ind=i155 kind=change]]
[[170.1|VAL ind=i156 kind=change]]
[[16.5|VAL ind=i157 kind=change]]
[[8.4|VAL ind=i158 kind=change]]

[[饮料|IND:i140]]
[[纱|IND:i141]]
[[蚕丝|IND:i142]]
[[人造板表面装饰板|IND:i143]]
[[甲醛|IND:i144]]
[[活性炭|IND:i145]]
[[化学药品原药|IND:i146]]
[[中药饮片|IND:i147]]
[[中成药|IND:i148]]
[[钢化玻璃|IND:i149]]
[[瓷质砖|IND:i150]]
[[陶质砖|IND:i151]]
[[十种有色金属|IND:i152]]
[[氧化铝|IND:i153]]
[[金属切削机床|IND:i154]]
[[铅酸蓄电池|IND:i155]]
[[集成电路|IND:i156]]
[[电子元件|IND:i157]]
[[自来水生产量|IND:i158]]

[[全年|TIME:t29]][[规模以上工业企业营业收入|IND:i159]][[361.14亿|VAL ind=i159 time=t29 unit=u129]][[元|UNIT:u129]]，比上年下
降[[0.5|VAL ind=i159 kind=change unit=u130]][[%|UNIT:u130]]。[[全年|TIME:t30]][[规模以上工业企业利润总额|IND:i160]][[2.13亿|VAL ind=i160 time=t30 unit=u131]][[元|UNIT:u131]]，比上年
增长[[32.2|VAL ind=i160 kind=change unit=u132]][[倍|UNIT:u132]]。[[全年|TIME:t31]][[营业收入利润率|IND:i161]]为[[0.59|VAL ind=i161 time=t31 unit=u133]][[%|UNIT:u133]]，比上年提高[[0.57|VAL ind=i161 time=t31 kind=change unit=u134]]
[[个百分点|UNIT:u134]]；[[每百元营业收入中的成本|IND:i162]]为[[88.86|VAL ind=i162 unit=u135]][[元|UNIT:u135]]，比上年下降
[[0.2|VAL ind=i162 kind=change unit=u136]][[%|UNIT:u136]]。[[年末|TIME:t32]][[规模以上工业企业资产负债率|IND:i163]]为[[62.6|VAL ind=i163 time=t32 unit=u137]][[%|UNIT:u137]]，比上年
下降[[2.5|VAL ind=i163 kind=change unit=u138]][[个百分点|UNIT:u138]]。
[[全年|TIME:t33]]全州[[建筑业增加值|IND:i164]] [[128.77|VAL ind=i164 time=t33 unit=u139]] [[亿元|UNIT:u139]]，比上年增长 [[4.6|VAL ind=i164 time=t33 kind=change unit=u140]][[%|UNIT:u140]]。
—

7—

[[年末|TIME:t34]]全州[[具有资质等级的总承包和专业承包建筑业企业|IND:i165]]
[[200|VAL ind=i165 unit=u141]] [[个|UNIT:u141]]，比上年末增加 [[15|VAL ind=i165 kind=change unit=u142]] [[个|UNIT:u142]]。其中，[[特级和一级资质建筑业
企业|IND:i166]] [[8|VAL ind=i166 unit=u143]] [[个|UNIT:u143]]，增加 [[1|VAL ind=i166 kind=change unit=u144]] [[个|UNIT:u144]]；[[二级资质企业|IND:i167]] [[78|VAL ind=i167 unit=u145]] [[个|UNIT:u145]]，增加 [[19|VAL ind=i167 kind=change unit=u146]] [[个|UNIT:u146]]；[[三
级资质企业及其他资质企业|IND:i168]] [[114|VAL ind=i168 unit=u147]] [[个|UNIT:u147]]，减少 [[5|VAL ind=i168 kind=change unit=u148]] [[个|UNIT:u148]]。
[[全年|TIME:t35]]全州[[具有资质等级的总承包和专业承包建筑业企
业总产值|IND:i169]]增长 [[3.5|VAL ind=i169 kind=change unit=u149]][[%|UNIT:u149]]，其中[[国有及国有控股企业产值|IND:i170]]增长
[[13.9|VAL ind=i170 kind=change unit=u150]][[%|UNIT:u150]]。

四、固定资产投资
[[全年|TIME:t36]]全州 [[500 万元及以上固定资产投资|IND:i171]] [4] 比上年增长
[[1.2|VAL ind=i171 kind=change unit=u151]][[%|UNIT:u151]]。其中：[[第一产业投资|IND:i172]]下降 [[22.8|VAL ind=i172 kind=change unit=u152]][[%|UNIT:u152]]；[[第二产业投资|IND:i173]]增长
[[10.7|VAL ind=i173 kind=change unit=u153]][[%|UNIT:u153]]；[[第三产业投资|IND:i174]]增长 [[0.2|VAL ind=i174 kind=change unit=u154]][[%|UNIT:u154]]；[[三次产业投资占比|IND:i175]]为 [[4.0|VAL ind=i175]]：
[[23.1|VAL ind=i175]]：[[72.9|VAL ind=i175]]。[[工业投资|IND:i176]]增长 [[10.7|VAL ind=i176 kind=change unit=u155]][[%|UNIT:u155]]，[[基础设施投资|IND:i177]]增长 [[11.0|VAL ind=i177 kind=change unit=u156]][[%|UNIT:u156]]。
表7

[[2023年|TIME:t37]]分行业固定资产投资增长速度

指标名称
[[总计|IND:i178]]
#[[农林牧渔业|IND:i179]]

—

8—

单位

比上年增长

[[%|UNIT:tu48]]
[[%|UNIT:tu49]]

[[1.2|VAL ind=i178 unit=tu48 kind=change]]
-[[22.8|VAL ind=i179 unit=tu49 kind=change]]

[[采矿业|IND:i180]]
[[制造业|IND:i181]]
[[电力、热力、燃气及水生产和供应业|IND:i182]]
[[交通运输、仓储和邮政业|IND:i183]]
[[信息传输、软件和信息技术服务业|IND:i184]]
[[租赁和商务服务业|IND:i185]]
[[科学研究和技术服务业|IND:i186]]
[[教育|IND:i187]]

[[%|UNIT:tu50]]
[[%|UNIT:tu51]]
[[%|UNIT:tu52]]
[[%|UNIT:tu53]]
[[%|UNIT:tu54]]
[[%|UNIT:tu55]]
[[%|UNIT:tu56]]
[[%|UNIT:tu57]]

-[[50.2|VAL ind=i180 unit=tu50 kind=change]]
[[40.5|VAL ind=i181 unit=tu51 kind=change]]
-[[23.0|VAL ind=i182 unit=tu52 kind=change]]
[[49.8|VAL ind=i183 unit=tu53 kind=change]]
[[89.1|VAL ind=i184 unit=tu54 kind=change]]
-[[62.8|VAL ind=i185 unit=tu55 kind=change]]
-[[42.3|VAL ind=i186 unit=tu56 kind=change]]
-[[1.4|VAL ind=i187 unit=tu57 kind=change]]

[[卫生和社会工作|IND:i188]]

[[%|UNIT:tu58]]

-[[12.6|VAL ind=i188 unit=tu58 kind=change]]

[[文化、体育和娱乐业|IND:i189]]

[[%|UNIT:tu59]]

-[[21.0|VAL ind=i189 unit=tu59 kind=change]]

[[全年|TIME:t38]]全州[[房地产开发投资|IND:i190]]比上年下降 [[8.3|VAL ind=i190 time=t38 kind=change unit=u157]][[%|UNIT:u157]]。其中，[[住宅
投资|IND:i191]]下降 [[2.4|VAL ind=i191 kind=change unit=u158]][[%|UNIT:u158]]；[[办公楼投资|IND:i192]]增长 [[22.4|VAL ind=i192 kind=change unit=u159]][[%|UNIT:u159]]；[[商业营业用房投资|IND:i193]]
下降 [[54.8|VAL ind=i193 kind=change unit=u160]][[%|UNIT:u160]]；[[其他投资|IND:i194]]下降 [[4.3|VAL ind=i194 kind=change unit=u161]][[%|UNIT:u161]]。[[全年|TIME:t39]][[商品房销售面积|IND:i195]] [[212.58|VAL ind=i195 time=t39 unit=u162]]
[[万平方米|UNIT:u162]]，比上年下降 [[7.6|VAL ind=i195 kind=change unit=u163]][[%|UNIT:u163]]。
表8

[[2023年|TIME:t40]]房地产开发和销售主要指标增长速度

指标名称

单位

比上年增长

[[%|UNIT:tu60]]

-[[8.3|VAL ind=i196 unit=tu60 kind=change]]

#[[住宅|IND:i197]]

[[%|UNIT:tu61]]

-[[2.4|VAL ind=i197 unit=tu61 kind=change]]

[[房屋施工面积|IND:i198]]

[[%|UNIT:tu62]]

-[[3.5|VAL ind=i198 unit=tu62 kind=change]]

#[[住宅|IND:i199]]

[[%|UNIT:tu63]]

-[[2.3|VAL ind=i199 unit=tu63 kind=change]]

[[房屋竣工面积|IND:i200]]

[[%|UNIT:tu64]]

-[[14.3|VAL ind=i200 unit=tu64 kind=change]]

#[[住宅|IND:i201]]

[[%|UNIT:tu65]]

-[[6.5|VAL ind=i201 unit=tu65 kind=change]]

[[%|UNIT:tu66]]

-[[7.6|VAL ind=i202 unit=tu66 kind=change]]

#[[住宅|IND:i203]]

[[%|UNIT:tu67]]

-[[6.1|VAL ind=i203 unit=tu67 kind=change]]

[[本年到位资金|IND:i204]]

[[%|UNIT:tu68]]

-[[15.7|VAL ind=i204 unit=tu68 kind=change]]

#[[自筹资金|IND:i205]]

[[%|UNIT:tu69]]

-[[26.4|VAL ind=i205 unit=tu69 kind=change]]

[[投资额|IND:i196]]

[[商品房销售面积|IND:i202]]

五、市场、消费、物价和对外经济
[[年末|TIME:t41]]全州[[登记各类经营主体|IND:i206]][[397193|VAL ind=i206 time=t41 unit=u164]][[户|UNIT:u164]]，比上年末增长
[[0.2|VAL ind=i206 kind=change unit=u165]][[%|UNIT:u165]]。其中，[[内资企业|IND:i207]] [[79338|VAL ind=i207 unit=u166]][[户|UNIT:u166]]，比上年末增长 [[7.5|VAL ind=i207 kind=change unit=u167]][[%|UNIT:u167]]；[[外商
投资企业|IND:i208]][[297|VAL ind=i208 unit=u168]][[户|UNIT:u168]]，比上年末增长[[2.1|VAL ind=i208 kind=change unit=u169]][[%|UNIT:u169]]；[[私营企业|IND:i209]][[69804|VAL ind=i209 unit=u170]][[户|UNIT:u170]]，比
上年末增长[[7.3|VAL ind=i209 kind=change unit=u171]][[%|UNIT:u171]]；[[个体工商户|IND:i210]][[308621|VAL ind=i210 unit=u172]][[户|UNIT:u172]]，比上年末下降[[1.5|VAL ind=i210 kind=change unit=u173]][[%|UNIT:u173]]；
—

9—

[[农民专业合作社|IND:i211]][[8647|VAL ind=i211 unit=u174]][[户|UNIT:u174]]，比上年末下降[[1.2|VAL ind=i211 kind=change unit=u175]][[%|UNIT:u175]]。