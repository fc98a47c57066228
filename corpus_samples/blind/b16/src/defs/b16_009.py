from _lib import F, W, reqs, gold

D1 = """*** MEDICATION ADMINISTRATION SUMMARY ***                       PowerChart - Millennium
PRAIRIE SPRINGS REGIONAL HOSPITAL      Outpatient Infusion Center (OPIC)
Name: GUTIERREZ-LOWE, ANSELMO         MRN: 700418822       FIN: 88300192155
DOB: 05/08/1960   65 Y   Male          Encounter Type: Recurring Outpatient
Date range: 08/27/2025 07:00 - 08/27/2025 19:00 (CDT)
Primary care: Nwachukwu, Obiageli, MD     Ordering: Sandoval, Renzo A, MD

Measurements
  Height/Length Measured ......... 175 cm (08/27/2025 10:40)
  Weight Measured ................ Not Obtained - see comment
      Comment: Pt in power wheelchair, unable to stand; bariatric chair scale out of service
      (biomed ticket 44120). Not weighed today.  - K. Yazzie RN 08/27/2025 10:41
  Dosing Weight .................. --
  BMI ............................ --

Allergies: No Known Medication Allergies

Continuous Infusions
  sodium chloride 0.9% 250 mL IV KVO 10 mL/hr
    08/27/2025 10:55  Begin Bag           Yazzie, Kaya RN
    08/27/2025 11:52  Infuse Stopped      Yazzie, Kaya RN

Scheduled Medications
  alpha-1 proteinase inhibitor (ZEMAIRA) IV weekly
    Order detail: 60 mg/kg IV every 7 days. Dose per pharmacy: whole vials, actual potency.
    Pharmacy: 08/26/2025 15:40 Dispensed ZEMAIRA 5,025 mg (4 g kit 4,020 mg + 1 g vial 1,005 mg)
    08/27/2025 11:00 [Scheduled]
      11:06 Scan: patient wristband, product barcodes (2)             Yazzie, Kaya RN
      11:10 Begin Bag   Dose 5,025 mg   Volume 96 mL   Rate 3 mL/min   Site: L AC PIV 20g
      11:18 Rate Change   Rate 6 mL/min
      11:38 Infuse Stopped   Volume infused 96 mL
      Result: Auth (Verified)   Performed: Yazzie, Kaya RN   Witness: Bellcourt, Joanne RN
    Lot / expiration (per scanned barcode):
      ZEMAIRA 4 g   Lot P100452231   Exp 01/31/2027
      ZEMAIRA 1 g   Lot P100417902   Exp 12/31/2026
    Administration note: Full contents of both vials infused; no waste.

  tiotropium-olodaterol (STIOLTO RESPIMAT) 2 inh daily - patient's own, taken at home 07:00
    (not administered in clinic)

PRN Medications
  acetaminophen 650 mg PO q6h PRN headache         -- none given
  diphenhydramine 25 mg IV x1 PRN reaction         -- none given
  EPINEPHrine 0.3 mg IM x1 PRN anaphylaxis         -- none given

Vital Signs
  10:42  T 36.7 C   HR 92   RR 20   BP 118/70   SpO2 90% on 2 L NC
  11:25  HR 90   RR 20   BP 116/68   SpO2 91% on 2 L NC
  11:45  T 36.8 C   HR 88   RR 18   BP 120/72   SpO2 91% on 2 L NC

Lines
  PIV 20g L antecubital inserted 10:50, removed 11:55, intact.

Discharge: 08/27/2025 12:04 via power wheelchair with wife (ADA van).
Signed: Kaya Yazzie, RN 08/27/2025 12:10
"""

D2 = """PRAIRIE SPRINGS PULMONARY & CRITICAL CARE
DICTATED OFFICE CONSULTATION - FOLLOW UP

DATE: 08/27/2025
PATIENT: GUTIERREZ-LOWE, ANSELMO        MRN: 700418822       DOB: 05/08/1960
PHYSICIAN: Renzo A. Sandoval, MD
cc: Obiageli Nwachukwu, MD
[Dictated via front-end speech recognition. Document may contain recognition errors.]

HISTORY OF PRESENT ILLNESS: Mr. Gutierrez-Lowe is a sixty five year old man with alpha one
antitrypsin deficiency, P I Z null, which was confirmed by gene sequencing in twenty twenty,
pretreatment alpha one level of eleven milligrams per deciliter. He has severe emphysema and
COPD, GOLD four, on two liters of home oxygen, and he has been on Zemaira weekly since
September twenty twenty. He comes in today in his power chair for his infusion and for his
six month visit.

He says the infusions help his breathing, and he notices the difference when he has to miss a
week. He has had no hospitalizations this year. He had one exacerbation in February, treated
with prednisone forty milligrams and azithro. He uses his rescue inhaler two or three times a
day. He is using his B I PAP at night. He has some ankle swelling.

His wife says he has lost some weight over the summer, his appetite is down. WEIGHT: Not obtained
today, he is in the power chair and the chair scale in the infusion center is broken. We will
get a weight next week on the bed scale in radiology. BMI could not be calculated.

PAST HISTORY: Alpha one, emphysema, chronic hypoxic respiratory failure, pulmonary hypertension
on echo, diabetes type two, diabetic neuropathy, depression.

MEDICATIONS: Stiolto two puffs daily, Pulmicort respules twice a day, albuterol nebs as needed,
Zemaira weekly, roflumilast five hundred micrograms daily, furosemide twenty milligrams daily,
metformin one thousand milligrams twice daily, duloxetine sixty milligrams daily, oxygen two
liters continuous.

SOCIAL: Former smoker, forty pack years, quit in twenty fifteen. No alcohol. Lives with his wife
in a one story home.

FAMILY: His sister is P I M Z. His nephew was recently diagnosed P I Z Z and is starting
augmentation, and they asked if the nephew could get his infusions here.

EXAM: Seated in power chair, mildly dyspneic with speech. Saturation ninety percent on two
liters. Heart rate ninety two. Diminished breath sounds throughout. Trace to one plus ankle edema.
No cyanosis.

DATA: Spirometry February twenty twenty five, F E V one point six two liters, twenty two percent
predicted. Echo twenty twenty four, R V S P forty eight.

ASSESSMENT AND PLAN:
1. Alpha one antitrypsin deficiency, P I Z null, on augmentation with Zemaira. He is benefiting
from augmentation, no hospitalizations this year. He received his infusion today, full vials,
no waste. Continue weekly. Once we have an updated weight, pharmacy will recheck the dose,
which is currently based on vials. If he is under eighty kilograms the dose would come down.
2. Severe emphysema, COPD, chronic hypoxic respiratory failure. Continue Stiolto, Pulmicort,
roflumilast, oxygen. Pulmonary rehab referral again.
3. Weight loss, poor appetite. Nutrition consult, check albumin and A one C.
4. Edema. Continue furosemide, B M P today.

Return in three months.

Renzo A. Sandoval, MD   D: 08/27/2025 13:15   T: 08/27/2025 14:02
"""

CHART = {
    "chart_id": "b16-009",
    "date_of_service": "2025-08-27",
    "payer": {"profile": "medicaid", "name": "Prairie Health Medicaid (managed care)"},
    "prior_authorization": "PHM-0087712-A1",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 503, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2025-08-27", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2025-08-27", "text": D2},
    ],
}

FINDINGS = [
    (F("aatd_diagnosis"), "alpha one\nantitrypsin deficiency, P I Z null"),
    (F("genotype", alleles=["Z", "NULL"]), "P I Z null, which was confirmed by gene sequencing"),
    (F("serum_aat", value=11, unit="mg/dL"), "eleven milligrams per deciliter"),
    (F("lung_disease", value="emphysema"), "He has severe emphysema"),
    (F("lung_disease", value="copd"), "COPD, GOLD four"),
    (F("fev1", value=22), "twenty two percent\npredicted"),
    (F("dose", value=5025), "Begin Bag   Dose 5,025 mg"),
    (F("wastage", value=0), "Full contents of both vials infused; no waste."),
    (F("lot_number", value="P100452231"), "Lot P100452231"),
    (F("lot_number", value="P100417902"), "Lot P100417902"),
    (F("expiration_date", value="2027-01-31"), "Exp 01/31/2027"),
    (F("expiration_date", value="2026-12-31"), "Exp 12/31/2026"),
    (F("infusion_start", value="11:10"), "11:10 Begin Bag"),
    (F("infusion_end", value="11:38"), "11:38 Infuse Stopped"),
    (F("response_to_therapy"), "He is benefiting\nfrom augmentation"),
    (F("smoking_status", value="former"), "Former smoker, forty pack years"),
    (F("drug_product", value="Zemaira"), "(ZEMAIRA)"),
]

GOLD = gold(CHART, "medicaid", reqs(
    "medicaid",
    aatd_diagnosis="met", genotype="met", serum_aat_level="met", lung_disease_evidence="met",
    patient_weight="missing", dose_administered="met", dose_matches_weight="missing", units_match_dose="met",
    wastage_documented="met", lot_number="met", expiration_date="met", infusion_times="met",
    response_to_therapy="met", prior_authorization="met", code_selection="met", smoking_status="met",
), FINDINGS,
    "Gaps: patient_weight missing (Cerner 'Not Obtained', Dosing Weight '--', BMI '--'; dictation 'Not "
    "obtained today'; 'under eighty kilograms' is hypothetical; no weight anywhere in the chart) and hence "
    "dose_matches_weight missing. Traps: pretreatment level 'eleven milligrams per deciliter' is mg/dL (met), "
    "not the 11 uM threshold; 'P I Z null' -> [Z, NULL]; sister PI*MZ and nephew PI*ZZ are family; height "
    "175 cm; NS KVO 10:55-11:52, scan 11:06, PIV 10:50-11:55 and discharge 12:04 are not infusion times; "
    "pharmacy dispense 08/26 15:40; metformin 1,000 mg, roflumilast 500 mcg and other doses. Dose 5,025 mg = "
    "actual potencies 4,020 + 1,005; J0256 x 503 = ceil(502.5).")

ARITH = {
    "dos": "2025-08-27",
    "product_dos": ["Zemaira"],
    "weight_kg": None, "weight_source": "not obtained",
    "dose_mg": 5025, "dose_source": "Begin Bag 5,025 mg (4,020 + 1,005 actual potency)",
    "vials": [{"product": "Zemaira 4 g", "mg": 4020}, {"product": "Zemaira 1 g", "mg": 1005}],
    "code": "J0256", "bu": 10,
    "units_billed": 503, "modifiers_admin": ["JZ"],
    "waste_mg": 0, "jw_units_billed": None,
    "lots": [{"lot": "P100452231", "exp": "2027-01-31"}, {"lot": "P100417902", "exp": "2026-12-31"}],
    "serum_rid": [],
    "response_in_progress_note": True,
}
