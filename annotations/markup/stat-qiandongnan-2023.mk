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
值|IND:i1]][2][[1329.65亿|VAL ind=i1 unit=u1 period=2023-01-01..2023-12-31]][[元|UNIT:u1]]，比上年增长[[4.0|VAL ind=i1 unit=u2 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u2]]，[[两年|TIME:t4]]平均增长[[3.1|VAL ind=i1 unit=u3 time=t4 kind=change period=2022-01-01..2023-12-31]][[%|UNIT:u3]]。其
中，[[第一产业增加值|IND:i2]][[277.25亿|VAL ind=i2 unit=u4 period=2023-01-01..2023-12-31]][[元|UNIT:u4]]，增长[[4.2|VAL ind=i2 unit=u5 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u5]]；[[第二产业增加
值|IND:i3]][[294.25亿|VAL ind=i3 unit=u6 period=2023-01-01..2023-12-31]][[元|UNIT:u6]]，增长[[3.9|VAL ind=i3 unit=u7 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u7]]；[[第三产业增加值|IND:i4]][[758.14亿|VAL ind=i4 unit=u8 period=2023-01-01..2023-12-31]][[元|UNIT:u8]]，增
长[[3.9|VAL ind=i4 unit=u9 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u9]]。[[第一产业增加值占全州生产总值的比重|IND:i5]]为[[20.9|VAL ind=i5 unit=u10 period=2023-01-01..2023-12-31]][[%|UNIT:u10]]，
[[第 二 产 业 增 加 值 比 重|IND:i6]] 为 [[22.1|VAL ind=i6 unit=u11 period=2023-01-01..2023-12-31]][[%|UNIT:u11]] 、 [[第 三 产 业 增 加 值 比 重|IND:i7]] 为
[[57.0|VAL ind=i7 unit=u12 period=2023-01-01..2023-12-31]][[%|UNIT:u12]]。[[第一|IND:i8]]、[[二|IND:i9]]、[[三产业对经济增长的贡献率|IND:i10]]分别为[[22.5|VAL ind=i8 unit=u13 period=2023-01-01..2023-12-31]][[%|UNIT:u13]]、
[[22.1|VAL ind=i9 unit=u14 period=2023-01-01..2023-12-31]][[%|UNIT:u14]]和[[55.4|VAL ind=i10 unit=u15 period=2023-01-01..2023-12-31]][[%|UNIT:u15]]。[[全年|TIME:t5]]全州[[人均生产总值|IND:i11]][[35511|VAL ind=i11 unit=u16 time=t5 period=2023-01-01..2023-12-31]][[元|UNIT:u16]]，比上年增
长[[3.7|VAL ind=i11 unit=u17 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u17]]。

—

1—

[[年末|TIME:t6]]全州[[常住人口|IND:i12]][[375.73万|VAL ind=i12 unit=u18 time=t6 period=2023-12-31..2023-12-31]][[人|UNIT:u18]]。[[年末|TIME:t7]][[户籍人口|IND:i13]][[489.93万|VAL ind=i13 unit=u19 time=t7 period=2023-12-31..2023-12-31]]
[[人|UNIT:u19]]，比上年末增加[[0.33万|VAL ind=i13 unit=u20 kind=change period=2023-01-01..2023-12-31]][[人|UNIT:u20]]。[[少数民族|IND:i14]][[402.33万|VAL ind=i14 unit=u21 period=2023-12-31..2023-12-31]][[人|UNIT:u21]]，其中：
[[苗族人口|IND:i15]][[213.93万|VAL ind=i15 unit=u22 period=2023-12-31..2023-12-31]][[人|UNIT:u22]]，[[侗族人口|IND:i16]][[149.88万|VAL ind=i16 unit=u23 period=2023-12-31..2023-12-31]][[人|UNIT:u23]]。全州[[人口出生
率|IND:i17]]为[[9.1|VAL ind=i17 unit=u24 period=2023-01-01..2023-12-31]][[‰|UNIT:u24]]，[[死亡率|IND:i18]]为[[6.6|VAL ind=i18 unit=u25 period=2023-01-01..2023-12-31]][[‰|UNIT:u25]]，[[人口自然增长率|IND:i19]]为[[2.5|VAL ind=i19 unit=u26 period=2023-01-01..2023-12-31]][[‰|UNIT:u26]]。
表1
指标名称

—

[[2023年年末|TIME:t8]]户籍人口及其构成
[[年末|TIME:t9]]数（人）

比重（%）

全州[[总户籍人口|IND:a1]]

[[4899310|VAL ind=a1 period=2023-12-31..2023-12-31]]

[[100.0|VAL ind=a1 period=2023-12-31..2023-12-31]]

#[[城镇|IND:a2]]

[[1654272|VAL ind=a2 period=2023-12-31..2023-12-31]]

[[33.8|VAL ind=a2 period=2023-12-31..2023-12-31]]

[[乡村|IND:a3]]

[[3245038|VAL ind=a3 period=2023-12-31..2023-12-31]]

[[66.2|VAL ind=a3 period=2023-12-31..2023-12-31]]

2—

#[[男性|IND:a4]]

[[2617299|VAL ind=a4 period=2023-12-31..2023-12-31]]

[[53.4|VAL ind=a4 period=2023-12-31..2023-12-31]]

[[女性|IND:a5]]

[[2282011|VAL ind=a5 period=2023-12-31..2023-12-31]]

[[46.6|VAL ind=a5 period=2023-12-31..2023-12-31]]

#[[0-17岁|IND:a6]]（含不满18周岁）

[[1136460|VAL ind=a6 period=2023-12-31..2023-12-31]]

[[23.2|VAL ind=a6 period=2023-12-31..2023-12-31]]

[[18-59岁|IND:a7]]（含不满60周岁）

[[3016917|VAL ind=a7 period=2023-12-31..2023-12-31]]

[[61.6|VAL ind=a7 period=2023-12-31..2023-12-31]]

[[60周岁及以上|IND:a8]]

[[745933|VAL ind=a8 period=2023-12-31..2023-12-31]]

[[15.2|VAL ind=a8 period=2023-12-31..2023-12-31]]

全州实现[[城镇新增就业|IND:i20]] [[60188|VAL ind=i20 unit=u27 period=2023-01-01..2023-12-31]] [[人|UNIT:u27]]，[[失业人员再就业|IND:i21]] [[16658|VAL ind=i21 unit=u28 period=2023-01-01..2023-12-31]]
[[人|UNIT:u28]]，[[困难人员再就业|IND:i22]] [[7278|VAL ind=i22 unit=u29 period=2023-01-01..2023-12-31]] [[人|UNIT:u29]]。

二、农

业

[[全年|TIME:t10]]全州[[农林牧渔业增加值|IND:i23]] [[290.41 亿|VAL ind=i23 unit=u30 time=t10 period=2023-01-01..2023-12-31]][[元|UNIT:u30]]，比上年增长
[[4.2|VAL ind=i23 unit=u31 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u31]]。
[[全年|TIME:t11]]全州[[农林牧渔业总产值|IND:i24]] [[481.96 亿|VAL ind=i24 unit=u32 time=t11 period=2023-01-01..2023-12-31]][[元|UNIT:u32]]，比上年增长
[[4.2|VAL ind=i24 unit=u33 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u33]]。其中，[[种植业总产值|IND:i25]] [[282.41 亿|VAL ind=i25 unit=u34 period=2023-01-01..2023-12-31]][[元|UNIT:u34]]，增长 [[3.8|VAL ind=i25 unit=u35 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u35]]；[[林业
总产值|IND:i26]] [[86.95 亿|VAL ind=i26 unit=u36 period=2023-01-01..2023-12-31]][[元|UNIT:u36]]，增长 [[4.2|VAL ind=i26 unit=u37 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u37]]；[[畜牧业总产值|IND:i27]] [[75.17 亿|VAL ind=i27 unit=u38 period=2023-01-01..2023-12-31]][[元|UNIT:u38]]，
增长 [[5.1|VAL ind=i27 unit=u39 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u39]]；[[渔业总产值|IND:i28]] [[15.49 亿|VAL ind=i28 unit=u40 period=2023-01-01..2023-12-31]][[元|UNIT:u40]]，增长 [[8.5|VAL ind=i28 unit=u41 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u41]]。
表2 [[2023年|TIME:t12]]农林牧渔业总产值及其增长速度
指标名称

绝对数（亿元）

比上年增长（%）

[[481.96|VAL ind=b1 period=2023-01-01..2023-12-31]]

[[4.2|VAL ind=b1 kind=change period=2023-01-01..2023-12-31]]

#[[种植业|IND:b2]]

[[282.41|VAL ind=b2 period=2023-01-01..2023-12-31]]

[[3.8|VAL ind=b2 kind=change period=2023-01-01..2023-12-31]]

[[林

业|IND:b3]]

[[86.95|VAL ind=b3 period=2023-01-01..2023-12-31]]

[[4.2|VAL ind=b3 kind=change period=2023-01-01..2023-12-31]]

[[畜牧业|IND:b4]]

[[75.17|VAL ind=b4 period=2023-01-01..2023-12-31]]

[[5.1|VAL ind=b4 kind=change period=2023-01-01..2023-12-31]]

[[渔|IND:b5]]

[[15.49|VAL ind=b5 period=2023-01-01..2023-12-31]]

[[8.5|VAL ind=b5 kind=change period=2023-01-01..2023-12-31]]

[[21.95|VAL ind=b6 period=2023-01-01..2023-12-31]]

[[4.1|VAL ind=b6 kind=change period=2023-01-01..2023-12-31]]

[[农林牧渔业总产值|IND:b1]]

业

[[农林牧渔专业及辅助性活动|IND:b6]]

[[全年|TIME:t13]]全州[[粮食种植面积|IND:i29]] [[405.34 万|VAL ind=i29 unit=u42 time=t13 period=2023-01-01..2023-12-31]][[亩|UNIT:u42]]，比上年下降 [[0.7|VAL ind=i29 unit=u43 time=t13 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u43]]；
[[粮食总产量|IND:i30]] [[133.77 万|VAL ind=i30 unit=u44 period=2023-01-01..2023-12-31]][[吨|UNIT:u44]]，比上年下降 [[2.3|VAL ind=i30 unit=u45 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u45]]，其中，[[夏粮产
量|IND:i31]] [[16.38 万|VAL ind=i31 unit=u46 period=2023-01-01..2023-12-31]][[吨|UNIT:u46]]，下降 [[1.7|VAL ind=i31 unit=u47 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u47]]；[[秋粮产量|IND:i32]] [[117.39 万|VAL ind=i32 unit=u48 period=2023-01-01..2023-12-31]][[吨|UNIT:u48]]，下降 [[2.4|VAL ind=i32 unit=u49 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u49]]。
[[全年|TIME:t14]][[蔬菜种植面积|IND:i33]] [[238.12 万|VAL ind=i33 unit=u50 time=t14 period=2023-01-01..2023-12-31]][[亩|UNIT:u50]]，比上年下降 [[1.4|VAL ind=i33 unit=u51 time=t14 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u51]]；[[蔬
菜产量|IND:i34]] [[389.84 万|VAL ind=i34 unit=u52 period=2023-01-01..2023-12-31]][[吨|UNIT:u52]]，比上年增长 [[3.8|VAL ind=i34 unit=u53 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u53]]。[[全年|TIME:t15]][[食用菌收获面|IND:i35]]
—

3—

积 [[2.59 万|VAL ind=i35 unit=u54 period=2023-01-01..2023-12-31]][[亩|UNIT:u54]]，比上年下降 [[23.7|VAL ind=i35 unit=u55 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u55]]；[[食用菌产量|IND:i36]] [[4.25 万|VAL ind=i36 unit=u56 period=2023-01-01..2023-12-31]][[吨|UNIT:u56]]，比
上年下降 [[20.8|VAL ind=i36 unit=u57 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u57]]。[[全年|TIME:t16]][[油菜籽种植面积|IND:i37]] [[91.90 万|VAL ind=i37 unit=u58 time=t16 period=2023-01-01..2023-12-31]][[亩|UNIT:u58]]，比上年
增长 [[14.7|VAL ind=i37 unit=u59 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u59]]；[[油菜籽产量|IND:i38]] [[9.84 万|VAL ind=i38 unit=u60 period=2023-01-01..2023-12-31]][[吨|UNIT:u60]]，比上年增长 [[12.8|VAL ind=i38 unit=u61 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u61]]。[[全
年|TIME:t17]][[烤烟种植面积|IND:i39]] [[11.71 万|VAL ind=i39 unit=u62 period=2023-01-01..2023-12-31]][[亩|UNIT:u62]]，比上年下降 [[5.2|VAL ind=i39 unit=u63 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u63]]；[[烤烟产量|IND:i40]] [[1.34
万|VAL ind=i40 unit=u64 period=2023-01-01..2023-12-31]][[吨|UNIT:u64]]，比上年下降 [[4.4|VAL ind=i40 unit=u65 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u65]]。[[全年|TIME:t18]][[药材类种植面积|IND:i41]] [[67.26 万|VAL ind=i41 unit=u66 time=t18 period=2023-01-01..2023-12-31]][[亩|UNIT:u66]]，
比上年下降 [[3.0|VAL ind=i41 unit=u67 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u67]]；[[中药材产量|IND:i42]] [[36.81 万|VAL ind=i42 unit=u68 period=2023-01-01..2023-12-31]][[吨|UNIT:u68]]，比上年增长 [[8.7|VAL ind=i42 unit=u69 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u69]]。
[[年末|TIME:t19]][[茶园面积|IND:i43]] [[47.28 万|VAL ind=i43 unit=u70 time=t19 period=2023-12-31..2023-12-31]][[亩|UNIT:u70]]，比上年增长 [[0.7|VAL ind=i43 unit=u71 time=t19 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u71]]；[[茶叶产量|IND:i44]] [[2.24
万|VAL ind=i44 unit=u72 period=2023-01-01..2023-12-31]][[吨|UNIT:u72]]，比上年增长 [[4.0|VAL ind=i44 unit=u73 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u73]]。[[年末|TIME:t20]][[果园面积|IND:i45]] [[93.46 万|VAL ind=i45 unit=u74 time=t20 period=2023-12-31..2023-12-31]][[亩|UNIT:u74]]，比上年
下降 [[6.1|VAL ind=i45 unit=u75 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u75]]；[[水果（含果用瓜）产量|IND:i46]] [[93.90 万|VAL ind=i46 unit=u76 period=2023-01-01..2023-12-31]][[吨|UNIT:u76]]，增长 [[1.8|VAL ind=i46 unit=u77 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u77]]。
表3 [[2023年|TIME:t21]]主要农产品产量
指标名称

产量（万吨）

比上年增长（%）

[[133.77|VAL ind=c1 period=2023-01-01..2023-12-31]]

-[[2.3|VAL ind=c1 kind=change period=2023-01-01..2023-12-31]]

#[[夏粮|IND:c2]]

[[16.38|VAL ind=c2 period=2023-01-01..2023-12-31]]

-[[1.7|VAL ind=c2 kind=change period=2023-01-01..2023-12-31]]

[[秋粮|IND:c3]]

[[117.39|VAL ind=c3 period=2023-01-01..2023-12-31]]

-[[2.4|VAL ind=c3 kind=change period=2023-01-01..2023-12-31]]

#[[豆类|IND:c4]]

[[1.79|VAL ind=c4 period=2023-01-01..2023-12-31]]

[[0.5|VAL ind=c4 kind=change period=2023-01-01..2023-12-31]]

[[薯类|IND:c5]]（折粮）

[[24.33|VAL ind=c5 period=2023-01-01..2023-12-31]]

[[2.1|VAL ind=c5 kind=change period=2023-01-01..2023-12-31]]

[[棉花|IND:c6]]

[[0.03|VAL ind=c6 period=2023-01-01..2023-12-31]]

-[[12.0|VAL ind=c6 kind=change period=2023-01-01..2023-12-31]]

[[油料|IND:c7]]

[[11.15|VAL ind=c7 period=2023-01-01..2023-12-31]]

[[12.2|VAL ind=c7 kind=change period=2023-01-01..2023-12-31]]

[[糖料|IND:c8]]

[[0.09|VAL ind=c8 period=2023-01-01..2023-12-31]]

-[[31.0|VAL ind=c8 kind=change period=2023-01-01..2023-12-31]]

[[烤烟|IND:c9]]

[[1.34|VAL ind=c9 period=2023-01-01..2023-12-31]]

-[[4.4|VAL ind=c9 kind=change period=2023-01-01..2023-12-31]]

[[中药材|IND:c10]]

[[36.81|VAL ind=c10 period=2023-01-01..2023-12-31]]

[[8.7|VAL ind=c10 kind=change period=2023-01-01..2023-12-31]]

[[蔬菜|IND:c11]]

[[389.84|VAL ind=c11 period=2023-01-01..2023-12-31]]

[[3.8|VAL ind=c11 kind=change period=2023-01-01..2023-12-31]]

[[茶叶|IND:c12]]

[[2.24|VAL ind=c12 period=2023-01-01..2023-12-31]]

[[4.0|VAL ind=c12 kind=change period=2023-01-01..2023-12-31]]

[[水果|IND:c13]]（含果用瓜）

[[93.90|VAL ind=c13 period=2023-01-01..2023-12-31]]

[[1.8|VAL ind=c13 kind=change period=2023-01-01..2023-12-31]]

[[粮食|IND:c1]]

[[全年|TIME:t22]]全州[[猪牛羊禽肉产量|IND:i47]][[19.23万|VAL ind=i47 unit=u78 time=t22 period=2023-01-01..2023-12-31]][[吨|UNIT:u78]]，比上年增长[[4.7|VAL ind=i47 unit=u79 time=t22 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u79]]。
[[生猪出栏|IND:i48]][[153.12万|VAL ind=i48 unit=u80 period=2023-01-01..2023-12-31]][[头|UNIT:u80]]，比上年增长[[7.4|VAL ind=i48 unit=u81 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u81]]；[[牛出栏|IND:i49]][[16.14万|VAL ind=i49 unit=u82 period=2023-01-01..2023-12-31]][[头|UNIT:u82]]，
比上年下降[[5.5|VAL ind=i49 unit=u83 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u83]];[[羊出栏|IND:i50]][[21.82万|VAL ind=i50 unit=u84 period=2023-01-01..2023-12-31]][[只|UNIT:u84]]，比上年增长[[10.0|VAL ind=i50 unit=u85 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u85]]。[[活家
禽出栏|IND:i51]][[1958.08万|VAL ind=i51 unit=u86 period=2023-01-01..2023-12-31]][[只|UNIT:u86]]，比上年下降[[0.3|VAL ind=i51 unit=u87 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u87]]。[[禽蛋产量|IND:i52]][[5.39万|VAL ind=i52 unit=u88 period=2023-01-01..2023-12-31]][[吨|UNIT:u88]]，
比上年增长[[16.8|VAL ind=i52 unit=u89 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u89]]。

—

4—

表4
指标名称

[[2023年|TIME:t23]]主要畜产品产量和牲畜发展情况
单位

产量

比上年增长(%)

[[万吨|UNIT:du1]]

[[19.23|VAL ind=d1 unit=du1 period=2023-01-01..2023-12-31]]

[[4.7|VAL ind=d1 kind=change period=2023-01-01..2023-12-31]]

#[[猪肉|IND:d2]]

[[万吨|UNIT:du2]]

[[13.49|VAL ind=d2 unit=du2 period=2023-01-01..2023-12-31]]

[[7.4|VAL ind=d2 kind=change period=2023-01-01..2023-12-31]]

[[牛肉|IND:d3]]

[[万吨|UNIT:du3]]

[[2.07|VAL ind=d3 unit=du3 period=2023-01-01..2023-12-31]]

-[[4.4|VAL ind=d3 kind=change period=2023-01-01..2023-12-31]]

[[羊肉|IND:d4]]

[[万吨|UNIT:du4]]

[[0.38|VAL ind=d4 unit=du4 period=2023-01-01..2023-12-31]]

[[11.5|VAL ind=d4 kind=change period=2023-01-01..2023-12-31]]

[[禽肉|IND:d5]]

[[万吨|UNIT:du5]]

[[3.29|VAL ind=d5 unit=du5 period=2023-01-01..2023-12-31]]

-[[0.4|VAL ind=d5 kind=change period=2023-01-01..2023-12-31]]

[[牛奶|IND:d6]]

[[万吨|UNIT:du6]]

[[0.04|VAL ind=d6 unit=du6 period=2023-01-01..2023-12-31]]

[[2.1|VAL ind=d6 kind=change period=2023-01-01..2023-12-31]]

[[禽蛋|IND:d7]]

[[万吨|UNIT:du7]]

[[5.39|VAL ind=d7 unit=du7 period=2023-01-01..2023-12-31]]

[[16.8|VAL ind=d7 kind=change period=2023-01-01..2023-12-31]]

[[猪出栏|IND:d8]]

[[万头|UNIT:du8]]

[[153.12|VAL ind=d8 unit=du8 period=2023-01-01..2023-12-31]]

[[7.4|VAL ind=d8 kind=change period=2023-01-01..2023-12-31]]

[[牛出栏|IND:d9]]

[[万头|UNIT:du9]]

[[16.14|VAL ind=d9 unit=du9 period=2023-01-01..2023-12-31]]

-[[5.5|VAL ind=d9 kind=change period=2023-01-01..2023-12-31]]

[[羊出栏|IND:d10]]

[[万只|UNIT:du10]]

[[21.82|VAL ind=d10 unit=du10 period=2023-01-01..2023-12-31]]

[[10.0|VAL ind=d10 kind=change period=2023-01-01..2023-12-31]]

[[活家禽出栏|IND:d11]]

[[万只|UNIT:du11]]

[[1958.08|VAL ind=d11 unit=du11 period=2023-01-01..2023-12-31]]

-[[0.3|VAL ind=d11 kind=change period=2023-01-01..2023-12-31]]

[[猪年末存栏|IND:d12]]

[[万头|UNIT:du12]]

[[126.06|VAL ind=d12 unit=du12 period=2023-12-31..2023-12-31]]

[[0.8|VAL ind=d12 kind=change period=2023-01-01..2023-12-31]]

[[牛年末存栏|IND:d13]]

[[万头|UNIT:du13]]

[[42.05|VAL ind=d13 unit=du13 period=2023-12-31..2023-12-31]]

[[7.4|VAL ind=d13 kind=change period=2023-01-01..2023-12-31]]

[[羊年末存栏|IND:d14]]

[[万只|UNIT:du14]]

[[30.82|VAL ind=d14 unit=du14 period=2023-12-31..2023-12-31]]

[[0.7|VAL ind=d14 kind=change period=2023-01-01..2023-12-31]]

[[活家禽年末存栏|IND:d15]]

[[万只|UNIT:du15]]

[[1536.29|VAL ind=d15 unit=du15 period=2023-12-31..2023-12-31]]

[[13.4|VAL ind=d15 kind=change period=2023-01-01..2023-12-31]]

[[猪牛羊禽肉产量|IND:d1]]

[[全年|TIME:t28]]全州[[水产品产量|IND:i53]][[6.36万|VAL ind=i53 unit=u90 time=t28 period=2023-01-01..2023-12-31]][[吨|UNIT:u90]]，比上年增长[[5.7|VAL ind=i53 unit=u91 time=t28 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u91]]。其中，
[[养殖水产品产量|IND:i54]][[6.34万|VAL ind=i54 unit=u92 period=2023-01-01..2023-12-31]][[吨|UNIT:u92]]，比上年增长[[5.7|VAL ind=i54 unit=u93 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u93]]。
全州[[农业机械总动力|IND:i55]][[309.79万|VAL ind=i55 unit=u94 period=2023-01-01..2023-12-31]][[千瓦|UNIT:u94]]，比上年增长[[1.0|VAL ind=i55 unit=u95 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u95]]。
全州有[[大中型拖拉机|IND:i56]][[1343|VAL ind=i56 unit=u96 period=2023-01-01..2023-12-31]][[台|UNIT:u96]]，[[小型拖拉机|IND:i57]][[2128|VAL ind=i57 unit=u97 period=2023-01-01..2023-12-31]][[台|UNIT:u97]]；[[农用水泵|IND:i58]]
[[58152|VAL ind=i58 unit=u98 period=2023-01-01..2023-12-31]][[台|UNIT:u98]]。

三、工业和建筑业
[[全年|TIME:t29]]全州[[工业增加值|IND:i59]][[165.72亿|VAL ind=i59 unit=u99 time=t29 period=2023-01-01..2023-12-31]][[元|UNIT:u99]]，比上年增长[[3.5|VAL ind=i59 unit=u100 time=t29 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u100]]。

—

5—

[[规模以上工业增加值|IND:i60]][3]比上年增长[[4.7|VAL ind=i60 unit=u101 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u101]]。其中，[[轻工业
增加值|IND:i61]]增长[[16.8|VAL ind=i61 unit=u102 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u102]]；[[重工业增加值|IND:i62]]增长[[1.0|VAL ind=i62 unit=u103 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u103]]。在规模以上工
业中，分经济类型看，[[国有企业增加值|IND:i63]]比上年增长[[1.9|VAL ind=i63 unit=u104 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u104]]；[[集
体企业增加值|IND:i64]]比上年增长[[4.4|VAL ind=i64 unit=u105 kind=change period=2023-01-01..2023-12-31]][[倍|UNIT:u105]]；[[股份制企业增加值|IND:i65]]比上年增
长[[4.9|VAL ind=i65 unit=u106 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u106]]；[[外商及港澳台商投资企业|IND:i66]]比上年增长[[4.6|VAL ind=i66 unit=u107 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u107]]，[[私营企
业|IND:i67]]比上年增长[[7.8|VAL ind=i67 unit=u108 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u108]]。分门类看，[[采矿业增加值|IND:i68]]比上年下降
[[23.4|VAL ind=i68 unit=u109 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u109]]；[[制造业增加值|IND:i69]]比上年增长[[11.8|VAL ind=i69 unit=u110 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u110]]；[[电力、热力、燃气
及水生产和供应业增加值|IND:i70]]比上年下降[[7.3|VAL ind=i70 unit=u111 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u111]]。
全州[[五大主导产业|IND:i71]]比上年增长[[18.4|VAL ind=i71 unit=u112 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u112]]，其中，[[特色食品
增加值|IND:i72]]增长[[41.9|VAL ind=i72 unit=u113 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u113]]，[[再生资源循环材料增加值|IND:i73]]增长[[41.0|VAL ind=i73 unit=u114 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u114]]，[[木
材加工及家具制造|IND:i74]]增长[[1.3|VAL ind=i74 unit=u115 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u115]]。
全州[[31|VAL ind=i75 unit=u116 period=null]][[个|UNIT:u116]][[工业行业大类|IND:i75]]中有[[18|VAL ind=i76 unit=u117 period=2023-01-01..2023-12-31]][[个|UNIT:u117]][[实现正增长|IND:i76]]，其中，[[有
色金属冶炼和压延加工业增加值|IND:i77]]比上年增长[[41.5|VAL ind=i77 unit=u118 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u118]]；[[电气机
械和器材制造业增加值|IND:i78]]增长[[21.5|VAL ind=i78 unit=u119 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u119]]；[[化学原料和化学制品制
造业增加值|IND:i79]]增长[[5.0|VAL ind=i79 unit=u120 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u120]]；[[酒、饮料和精制茶制造业增加值|IND:i80]]增长
[[28.8|VAL ind=i80 unit=u121 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u121]]；[[黑色金属冶炼和压延加工业增加值|IND:i81]]增长[[7.6|VAL ind=i81 unit=u122 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u122]]。
表5

[[2023年|TIME:t30]]规模以上工业主要行业增加值增长速度
产品名称

单位

比上年增长

[[%|UNIT:eu1]]

[[4.7|VAL ind=e1 unit=eu1 kind=change period=2023-01-01..2023-12-31]]

#[[有色金属冶炼和压延加工业增加值|IND:e2]]

[[%|UNIT:eu2]]

[[41.5|VAL ind=e2 unit=eu2 kind=change period=2023-01-01..2023-12-31]]

[[电气机械和器材制造业增加值|IND:e3]]
[[化学原料和化学制品制造业增加值|IND:e4]]
[[酒、饮料和精制茶制造业增加值|IND:e5]]
[[黑色金属冶炼和压延加工业增加值|IND:e6]]
[[矿产资源精深加工增加值|IND:e7]]
[[再生资源循环利用增加值|IND:e8]]
[[特色食品增加值|IND:e9]]
[[木材加工及家具制造增加值|IND:e10]]
[[大健康医药增加值|IND:e11]]

[[%|UNIT:eu3]]
[[%|UNIT:eu4]]
[[%|UNIT:eu5]]
[[%|UNIT:eu6]]
[[%|UNIT:eu7]]
[[%|UNIT:eu8]]
[[%|UNIT:eu9]]
[[%|UNIT:eu10]]
[[%|UNIT:eu11]]

[[21.5|VAL ind=e3 unit=eu3 kind=change period=2023-01-01..2023-12-31]]
[[5.0|VAL ind=e4 unit=eu4 kind=change period=2023-01-01..2023-12-31]]
[[28.8|VAL ind=e5 unit=eu5 kind=change period=2023-01-01..2023-12-31]]
[[7.6|VAL ind=e6 unit=eu6 kind=change period=2023-01-01..2023-12-31]]
-[[1.2|VAL ind=e7 unit=eu7 kind=change period=2023-01-01..2023-12-31]]
[[41.0|VAL ind=e8 unit=eu8 kind=change period=2023-01-01..2023-12-31]]
[[41.9|VAL ind=e9 unit=eu9 kind=change period=2023-01-01..2023-12-31]]
[[1.3|VAL ind=e10 unit=eu10 kind=change period=2023-01-01..2023-12-31]]
-[[1.3|VAL ind=e11 unit=eu11 kind=change period=2023-01-01..2023-12-31]]

[[规模以上工业增加值|IND:e1]]

—

6—

[[全年|TIME:t31]]全州[[集成电路|IND:i82]][[23787.46万|VAL ind=i82 unit=u123 time=t31 period=2023-01-01..2023-12-31]][[块|UNIT:u123]]，比上年增长[[1.7|VAL ind=i82 unit=u124 time=t31 kind=change period=2023-01-01..2023-12-31]][[倍|UNIT:u124]]；[[十
种有色金属|IND:i83]][[18.94万|VAL ind=i83 unit=u125 period=2023-01-01..2023-12-31]][[吨|UNIT:u125]]，增长[[67.3|VAL ind=i83 unit=u126 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u126]]；[[铅酸蓄电池|IND:i84]][[11937340|VAL ind=i84 unit=u127 period=2023-01-01..2023-12-31]][[千
伏安时|UNIT:u127]]，增长[[14.0|VAL ind=i84 unit=u128 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u128]]。
表6

[[2023年|TIME:t32]]规模以上工业部分主要工业产品产量及其增长速度

产品名称

单位

产量

比上年增长(%)

[[饲料|IND:g1]]

[[万吨|UNIT:gu1]]

[[35.58|VAL ind=g1 unit=gu1 period=2023-01-01..2023-12-31]]

[[53.6|VAL ind=g1 kind=change period=2023-01-01..2023-12-31]]

[[辣椒制品|IND:g2]]

[[万吨|UNIT:gu2]]

[[1.11|VAL ind=g2 unit=gu2 period=2023-01-01..2023-12-31]]

[[22.0|VAL ind=g2 kind=change period=2023-01-01..2023-12-31]]

[[万吨|UNIT:hu1]]
[[吨|UNIT:hu2]]
[[吨|UNIT:hu3]]
[[万平方米|UNIT:hu4]]
[[吨|UNIT:hu5]]
[[吨|UNIT:hu6]]
[[吨|UNIT:hu7]]
[[吨|UNIT:hu8]]
[[吨|UNIT:hu9]]
[[万平方米|UNIT:hu10]]
[[万平方米|UNIT:hu11]]
[[万平方米|UNIT:hu12]]
[[万吨|UNIT:hu13]]
[[万吨|UNIT:hu14]]
[[台|UNIT:hu15]]
[[千伏安时|UNIT:hu16]]
[[万块|UNIT:hu17]]
[[亿只|UNIT:hu18]]
[[万立方米|UNIT:hu19]]

[[19.86|VAL ind=h1 unit=hu1 period=2023-01-01..2023-12-31]]
[[1440.63|VAL ind=h2 unit=hu2 period=2023-01-01..2023-12-31]]
[[148.47|VAL ind=h3 unit=hu3 period=2023-01-01..2023-12-31]]
[[243.34|VAL ind=h4 unit=hu4 period=2023-01-01..2023-12-31]]
[[31376.00|VAL ind=h5 unit=hu5 period=2023-01-01..2023-12-31]]
[[22185.18|VAL ind=h6 unit=hu6 period=2023-01-01..2023-12-31]]
[[2025.68|VAL ind=h7 unit=hu7 period=2023-01-01..2023-12-31]]
[[8167.42|VAL ind=h8 unit=hu8 period=2023-01-01..2023-12-31]]
[[641.00|VAL ind=h9 unit=hu9 period=2023-01-01..2023-12-31]]
[[106.21|VAL ind=h10 unit=hu10 period=2023-01-01..2023-12-31]]
[[308.94|VAL ind=h11 unit=hu11 period=2023-01-01..2023-12-31]]
[[1122.12|VAL ind=h12 unit=hu12 period=2023-01-01..2023-12-31]]
[[18.94|VAL ind=h13 unit=hu13 period=2023-01-01..2023-12-31]]
[[95.91|VAL ind=h14 unit=hu14 period=2023-01-01..2023-12-31]]
[[332.00|VAL ind=h15 unit=hu15 period=2023-01-01..2023-12-31]]
[[11937340|VAL ind=h16 unit=hu16 period=2023-01-01..2023-12-31]]
[[23787.46|VAL ind=h17 unit=hu17 period=2023-01-01..2023-12-31]]
[[27.99|VAL ind=h18 unit=hu18 period=2023-01-01..2023-12-31]]
[[7861.64|VAL ind=h19 unit=hu19 period=2023-01-01..2023-12-31]]

[[3.8|VAL ind=h1 kind=change period=2023-01-01..2023-12-31]]
[[8.3|VAL ind=h2 kind=change period=2023-01-01..2023-12-31]]
[[113.9|VAL ind=h3 kind=change period=2023-01-01..2023-12-31]]
[[4.3|VAL ind=h4 kind=change period=2023-01-01..2023-12-31]]
[[22.6|VAL ind=h5 kind=change period=2023-01-01..2023-12-31]]
[[1.0|VAL ind=h6 kind=change period=2023-01-01..2023-12-31]]
[[24.7|VAL ind=h7 kind=change period=2023-01-01..2023-12-31]]
[[66.6|VAL ind=h8 kind=change period=2023-01-01..2023-12-31]]
[[8.5|VAL ind=h9 kind=change period=2023-01-01..2023-12-31]]
[[1.4|VAL ind=h10 kind=change period=2023-01-01..2023-12-31]]
[[49.2|VAL ind=h11 kind=change period=2023-01-01..2023-12-31]]
[[9.4|VAL ind=h12 kind=change period=2023-01-01..2023-12-31]]
[[67.3|VAL ind=h13 kind=change period=2023-01-01..2023-12-31]]
[[14.2|VAL ind=h14 kind=change period=2023-01-01..2023-12-31]]
[[273.0|VAL ind=h15 kind=change period=2023-01-01..2023-12-31]]
[[14.0|VAL ind=h16 kind=change period=2023-01-01..2023-12-31]]
[[170.1|VAL ind=h17 kind=change period=2023-01-01..2023-12-31]]
[[16.5|VAL ind=h18 kind=change period=2023-01-01..2023-12-31]]
[[8.4|VAL ind=h19 kind=change period=2023-01-01..2023-12-31]]

[[饮料|IND:h1]]
[[纱|IND:h2]]
[[蚕丝|IND:h3]]
[[人造板表面装饰板|IND:h4]]
[[甲醛|IND:h5]]
[[活性炭|IND:h6]]
[[化学药品原药|IND:h7]]
[[中药饮片|IND:h8]]
[[中成药|IND:h9]]
[[钢化玻璃|IND:h10]]
[[瓷质砖|IND:h11]]
[[陶质砖|IND:h12]]
[[十种有色金属|IND:h13]]
[[氧化铝|IND:h14]]
[[金属切削机床|IND:h15]]
[[铅酸蓄电池|IND:h16]]
[[集成电路|IND:h17]]
[[电子元件|IND:h18]]
[[自来水生产量|IND:h19]]

[[全年|TIME:t33]][[规模以上工业企业营业收入|IND:i85]][[361.14亿|VAL ind=i85 unit=u129 time=t33 period=2023-01-01..2023-12-31]][[元|UNIT:u129]]，比上年下
降[[0.5|VAL ind=i85 unit=u130 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u130]]。[[全年|TIME:t34]][[规模以上工业企业利润总额|IND:i86]][[2.13亿|VAL ind=i86 unit=u131 time=t34 period=2023-01-01..2023-12-31]][[元|UNIT:u131]]，比上年
增长[[32.2|VAL ind=i86 unit=u132 kind=change period=2023-01-01..2023-12-31]][[倍|UNIT:u132]]。[[全年|TIME:t35]][[营业收入利润率|IND:i87]]为[[0.59|VAL ind=i87 unit=u133 time=t35 period=2023-01-01..2023-12-31]][[%|UNIT:u133]]，比上年提高[[0.57|VAL ind=i87 unit=u134 time=t35 kind=change period=2023-01-01..2023-12-31]]
[[个百分点|UNIT:u134]]；[[每百元营业收入中的成本|IND:i88]]为[[88.86|VAL ind=i88 unit=u135 period=2023-01-01..2023-12-31]][[元|UNIT:u135]]，比上年下降
[[0.2|VAL ind=i88 unit=u136 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u136]]。[[年末|TIME:t36]][[规模以上工业企业资产负债率|IND:i89]]为[[62.6|VAL ind=i89 unit=u137 time=t36 period=2023-12-31..2023-12-31]][[%|UNIT:u137]]，比上年
下降[[2.5|VAL ind=i89 unit=u138 kind=change period=2023-01-01..2023-12-31]][[个百分点|UNIT:u138]]。
[[全年|TIME:t37]]全州[[建筑业增加值|IND:i90]] [[128.77 亿|VAL ind=i90 unit=u139 time=t37 period=2023-01-01..2023-12-31]][[元|UNIT:u139]]，比上年增长 [[4.6|VAL ind=i90 unit=u140 time=t37 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u140]]。
—

7—

[[年末|TIME:t38]]全州[[具有资质等级的总承包和专业承包建筑业企业|IND:i91]]
[[200|VAL ind=i91 unit=u141 period=2023-12-31..2023-12-31]] [[个|UNIT:u141]]，比上年末增加 [[15|VAL ind=i91 unit=u142 kind=change period=2023-01-01..2023-12-31]] [[个|UNIT:u142]]。其中，[[特级和一级资质建筑业
企业|IND:i92]] [[8|VAL ind=i92 unit=u143 period=2023-12-31..2023-12-31]] [[个|UNIT:u143]]，增加 [[1|VAL ind=i92 unit=u144 kind=change period=2023-01-01..2023-12-31]] [[个|UNIT:u144]]；[[二级资质企业|IND:i93]] [[78|VAL ind=i93 unit=u145 period=2023-12-31..2023-12-31]] [[个|UNIT:u145]]，增加 [[19|VAL ind=i93 unit=u146 kind=change period=2023-01-01..2023-12-31]] [[个|UNIT:u146]]；[[三
级资质企业及其他资质企业|IND:i94]] [[114|VAL ind=i94 unit=u147 period=2023-12-31..2023-12-31]] [[个|UNIT:u147]]，减少 [[5|VAL ind=i94 unit=u148 kind=change period=2023-01-01..2023-12-31]] [[个|UNIT:u148]]。
[[全年|TIME:t39]]全州[[具有资质等级的总承包和专业承包建筑业企
业总产值|IND:i95]]增长 [[3.5|VAL ind=i95 unit=u149 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u149]]，其中[[国有及国有控股企业产值|IND:i96]]增长
[[13.9|VAL ind=i96 unit=u150 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u150]]。

四、固定资产投资
[[全年|TIME:t40]]全州 [[500 万元及以上固定资产投资|IND:i97]] [4] 比上年增长
[[1.2|VAL ind=i97 unit=u151 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u151]]。其中：[[第一产业投资|IND:i98]]下降 [[22.8|VAL ind=i98 unit=u152 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u152]]；[[第二产业投资|IND:i99]]增长
[[10.7|VAL ind=i99 unit=u153 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u153]]；[[第三产业投资|IND:i100]]增长 [[0.2|VAL ind=i100 unit=u154 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u154]]；[[三次产业投资占比|IND:i101]]为 [[4.0|VAL ind=i101 period=2023-01-01..2023-12-31]]：
[[23.1|VAL ind=i101 period=2023-01-01..2023-12-31]]：[[72.9|VAL ind=i101 period=2023-01-01..2023-12-31]]。[[工业投资|IND:i102]]增长 [[10.7|VAL ind=i102 unit=u155 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u155]]，[[基础设施投资|IND:i103]]增长 [[11.0|VAL ind=i103 unit=u156 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u156]]。
表7

[[2023年|TIME:t41]]分行业固定资产投资增长速度

指标名称
[[总计|IND:k1]]
#[[农林牧渔业|IND:k2]]

—

8—

单位

比上年增长

[[%|UNIT:ku1]]
[[%|UNIT:ku2]]

[[1.2|VAL ind=k1 unit=ku1 kind=change period=2023-01-01..2023-12-31]]
-[[22.8|VAL ind=k2 unit=ku2 kind=change period=2023-01-01..2023-12-31]]

[[采矿业|IND:k3]]
[[制造业|IND:k4]]
[[电力、热力、燃气及水生产和供应业|IND:k5]]
[[交通运输、仓储和邮政业|IND:k6]]
[[信息传输、软件和信息技术服务业|IND:k7]]
[[租赁和商务服务业|IND:k8]]
[[科学研究和技术服务业|IND:k9]]
[[教育|IND:k10]]

[[%|UNIT:ku3]]
[[%|UNIT:ku4]]
[[%|UNIT:ku5]]
[[%|UNIT:ku6]]
[[%|UNIT:ku7]]
[[%|UNIT:ku8]]
[[%|UNIT:ku9]]
[[%|UNIT:ku10]]

-[[50.2|VAL ind=k3 unit=ku3 kind=change period=2023-01-01..2023-12-31]]
[[40.5|VAL ind=k4 unit=ku4 kind=change period=2023-01-01..2023-12-31]]
-[[23.0|VAL ind=k5 unit=ku5 kind=change period=2023-01-01..2023-12-31]]
[[49.8|VAL ind=k6 unit=ku6 kind=change period=2023-01-01..2023-12-31]]
[[89.1|VAL ind=k7 unit=ku7 kind=change period=2023-01-01..2023-12-31]]
-[[62.8|VAL ind=k8 unit=ku8 kind=change period=2023-01-01..2023-12-31]]
-[[42.3|VAL ind=k9 unit=ku9 kind=change period=2023-01-01..2023-12-31]]
-[[1.4|VAL ind=k10 unit=ku10 kind=change period=2023-01-01..2023-12-31]]

[[卫生和社会工作|IND:k11]]

[[%|UNIT:ku11]]

-[[12.6|VAL ind=k11 unit=ku11 kind=change period=2023-01-01..2023-12-31]]

[[文化、体育和娱乐业|IND:k12]]

[[%|UNIT:ku12]]

-[[21.0|VAL ind=k12 unit=ku12 kind=change period=2023-01-01..2023-12-31]]

[[全年|TIME:t42]]全州[[房地产开发投资|IND:i104]]比上年下降 [[8.3|VAL ind=i104 unit=u157 time=t42 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u157]]。其中，[[住宅
投资|IND:i105]]下降 [[2.4|VAL ind=i105 unit=u158 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u158]]；[[办公楼投资|IND:i106]]增长 [[22.4|VAL ind=i106 unit=u159 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u159]]；[[商业营业用房投资|IND:i107]]
下降 [[54.8|VAL ind=i107 unit=u160 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u160]]；[[其他投资|IND:i108]]下降 [[4.3|VAL ind=i108 unit=u161 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u161]]。[[全年|TIME:t43]][[商品房销售面积|IND:i109]] [[212.58
万|VAL ind=i109 unit=u162 time=t43 period=2023-01-01..2023-12-31]][[平方米|UNIT:u162]]，比上年下降 [[7.6|VAL ind=i109 unit=u163 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u163]]。
表8

[[2023年|TIME:t44]]房地产开发和销售主要指标增长速度

指标名称

单位

比上年增长

[[%|UNIT:mu1]]

-[[8.3|VAL ind=m1 unit=mu1 kind=change period=2023-01-01..2023-12-31]]

#[[住宅|IND:m2]]

[[%|UNIT:mu2]]

-[[2.4|VAL ind=m2 unit=mu2 kind=change period=2023-01-01..2023-12-31]]

[[房屋施工面积|IND:m3]]

[[%|UNIT:mu3]]

-[[3.5|VAL ind=m3 unit=mu3 kind=change period=2023-01-01..2023-12-31]]

#[[住宅|IND:m4]]

[[%|UNIT:mu4]]

-[[2.3|VAL ind=m4 unit=mu4 kind=change period=2023-01-01..2023-12-31]]

[[房屋竣工面积|IND:m5]]

[[%|UNIT:mu5]]

-[[14.3|VAL ind=m5 unit=mu5 kind=change period=2023-01-01..2023-12-31]]

#[[住宅|IND:m6]]

[[%|UNIT:mu6]]

-[[6.5|VAL ind=m6 unit=mu6 kind=change period=2023-01-01..2023-12-31]]

[[%|UNIT:mu7]]

-[[7.6|VAL ind=m7 unit=mu7 kind=change period=2023-01-01..2023-12-31]]

#[[住宅|IND:m8]]

[[%|UNIT:mu8]]

-[[6.1|VAL ind=m8 unit=mu8 kind=change period=2023-01-01..2023-12-31]]

[[本年|TIME:t45]][[到位资金|IND:m9]]

[[%|UNIT:mu9]]

-[[15.7|VAL ind=m9 unit=mu9 kind=change period=2023-01-01..2023-12-31]]

#[[自筹资金|IND:m10]]

[[%|UNIT:mu10]]

-[[26.4|VAL ind=m10 unit=mu10 kind=change period=2023-01-01..2023-12-31]]

[[投资额|IND:m1]]

[[商品房销售面积|IND:m7]]

五、市场、消费、物价和对外经济
[[年末|TIME:t46]]全州[[登记各类经营主体|IND:i110]][[397193|VAL ind=i110 unit=u164 time=t46 period=2023-12-31..2023-12-31]][[户|UNIT:u164]]，比上年末增长
[[0.2|VAL ind=i110 unit=u165 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u165]]。其中，[[内资企业|IND:i111]] [[79338|VAL ind=i111 unit=u166 period=2023-12-31..2023-12-31]][[户|UNIT:u166]]，比上年末增长 [[7.5|VAL ind=i111 unit=u167 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u167]]；[[外商
投资企业|IND:i112]][[297|VAL ind=i112 unit=u168 period=2023-12-31..2023-12-31]][[户|UNIT:u168]]，比上年末增长[[2.1|VAL ind=i112 unit=u169 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u169]]；[[私营企业|IND:i113]][[69804|VAL ind=i113 unit=u170 period=2023-12-31..2023-12-31]][[户|UNIT:u170]]，比
上年末增长[[7.3|VAL ind=i113 unit=u171 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u171]]；[[个体工商户|IND:i114]][[308621|VAL ind=i114 unit=u172 period=2023-12-31..2023-12-31]][[户|UNIT:u172]]，比上年末下降[[1.5|VAL ind=i114 unit=u173 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u173]]；
—

9—

[[农民专业合作社|IND:i115]][[8647|VAL ind=i115 unit=u174 period=2023-12-31..2023-12-31]][[户|UNIT:u174]]，比上年末下降[[1.2|VAL ind=i115 unit=u175 kind=change period=2023-01-01..2023-12-31]][[%|UNIT:u175]]。