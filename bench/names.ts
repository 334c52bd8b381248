/** Deterministic, realistic company names: city + brand + industry + 有限公司, unique per index. */
const CITIES = ['靖江市', '苏州市', '无锡市', '常州市', '南通市', '杭州市', '宁波市', '温州市', '合肥市', '南京市', '扬州市', '泰州市', '嘉兴市', '绍兴市', '台州市', '湖州市'];
export const BRANDS = ['春意', '华美', '恒通', '金达', '宏远', '永盛', '鑫源', '东方', '瑞丰', '天成', '嘉禾', '长青', '博雅', '新华', '利达', '信诚', '海纳', '万象', '中科', '明辉', '德润', '兴旺', '安泰', '佳园', '富源'];
const INDUSTRIES = ['空调', '机械', '电子', '化工', '纺织', '建材', '物流', '食品', '医药', '软件', '五金', '汽配', '印刷', '塑业', '环保', '光电'];

export function companyName(index: number): string {
  const city = CITIES[index % CITIES.length]!;
  const brand = BRANDS[Math.floor(index / CITIES.length) % BRANDS.length]!;
  const industry = INDUSTRIES[Math.floor(index / (CITIES.length * BRANDS.length)) % INDUSTRIES.length]!;
  const round = Math.floor(index / (CITIES.length * BRANDS.length * INDUSTRIES.length));
  return `${city}${brand}${industry}${round > 0 ? `第${round}分厂` : ''}有限公司`;
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰'];

export function personName(index: number): string {
  return `${SURNAMES[index % SURNAMES.length]}${GIVEN[Math.floor(index / SURNAMES.length) % GIVEN.length]}`;
}

export function mobile(index: number): string {
  return `139${String(10_000_000 + (index % 90_000_000)).padStart(8, '0')}`;
}
