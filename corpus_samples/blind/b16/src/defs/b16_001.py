from _lib import F, W, reqs, gold

D1 = """EPIC  -  MEDICATION ADMINISTRATION RECORD (MAR)  -  ENCOUNTER REPORT
Dept: LAKESIDE INFUSION CENTER 2W                     Printed: 01/14/2026 16:52 by OCHOA, MARIELLA T, RN
Patient: VICKERS, HAROLD J           MRN: 40038817       DOB: 03/02/1953 (72 y.o. M)
Encounter: 01/14/2026  HOV  CSN 2291047735          Attending: ADEBAYO, KOLAWOLE O, MD
Allergies: Sulfa Antibiotics (Rash)
Height: 177.8 cm (5' 10")   Weight: 81.2 kg (179 lb) - 01/14/2026 0906   Dosing Wt: 81.6 kg (12/03/25)
BSA: 2.00 m2     Code Status: Full Code     Isolation: None
Legend: [MTO] OCHOA, MARIELLA T, RN   [DRP] PELLETIER, DANA R, PharmD   [JSK] KWAN, JI-SOO, RN
================================================================================================

SCHEDULED / ONE-TIME MEDICATIONS

acetaminophen (TYLENOL) tablet 650 mg
   Dose: 650 mg   Route: Oral   Frequency: Once   Start: 01/14/26 0900   End: 01/14/26 0901
   Ordered by: ADEBAYO, KOLAWOLE O, MD     Verified by: [DRP] 01/13/26 1611
   01/14/26  0915  Scheduled
             0921  Given            650 mg  Oral                         [MTO]  Barcode: Y

alpha-1-proteinase inhibitor (human) (ZEMAIRA) 4,954 mg in sterile water 96 mL IV infusion
   Order dose: 60 mg/kg  x  81.6 kg (dosing wt 12/03/25)  =  4,896 mg; pharmacy to round to whole
   vials (actual potency per vial label) - dispense 4,954 mg
   Route: Intravenous   Frequency: Every 7 days   Start: 08/14/19   Rate: up to 0.08 mL/kg/min
   Ordered by: ADEBAYO, KOLAWOLE O, MD     Verified by: [DRP] 01/13/26 1614
   Filter: use transfer device supplied in kit.  Do not shake.
   01/14/26  0930  Scheduled
             0936  Patient ID band scanned                                [MTO]
             0938  Dose verified at bedside (2-RN check)                  [MTO]/[JSK]
             0941  New Bag          4,954 mg   96 mL   Rate: 2 mL/min      [MTO]  Site: R forearm PIV 22g
             0949  Rate Change                          Rate: 6.5 mL/min    [MTO]  (0.08 mL/kg/min)
             1002  Stopped          Volume infused: 96 mL                 [MTO]
   Product detail (scanned at bedside):
             ZEMAIRA 4 g kit   NDC 0053-7202-02   Lot P100452118   Exp 08/31/2027   Actual potency 3,946 mg
             ZEMAIRA 1 g vial  NDC 0053-7201-02   Lot P100417736   Exp 03/31/2027   Actual potency 1,008 mg
   Admin comment (0941): Entire contents of both vials reconstituted and infused. No drug discarded. [MTO]

sodium chloride 0.9 % infusion 250 mL
   Dose: 20 mL/hr   Route: Intravenous   Frequency: Continuous (KVO)
   01/14/26  0918  New Bag          250 mL     Rate: 20 mL/hr          [MTO]
             1031  Stopped          Volume infused: 25 mL                 [MTO]

sodium chloride 0.9 % flush 10 mL
   Dose: 10 mL   Route: Intravenous   Frequency: PRN line care
   01/14/26  0917  Given            10 mL                                 [MTO]
             1003  Given            10 mL                                 [MTO]

PRN MEDICATIONS (not administered this encounter)
diphenhydramine (BENADRYL) injection 25 mg IV once PRN infusion reaction     -- no doses charted
EPINEPHrine (EPIPEN) 0.3 mg IM once PRN anaphylaxis                           -- no doses charted
methylPREDNISolone sodium succinate (SOLU-MEDROL) 125 mg IV once PRN          -- no doses charted

================================================================================================
PRIOR ADMINISTRATIONS - ZEMAIRA (this order, last 3 shown)
   01/07/26  New Bag 0944  Stopped 1005  4,962 mg  Lot P100452009 / P100417736              [JSK]
   12/30/25  Not Given - clinic closed (holiday); patient notified                          [MTO]
   12/23/25  New Bag 0939  Stopped 0958  4,940 mg  Lot P100451877 / P100417702              [MTO]

================================================================================================
VITAL SIGNS (this encounter)
Time   BP       HR   RR   Temp     SpO2          Pain   By
0906   138/82   76   16   36.7 C   94% RA        0/10   [MTO]
0955   132/78   74   16   --       95% RA        0/10   [MTO]
1014   130/80   72   16   36.8 C   95% RA        0/10   [MTO]
1030   134/80   74   16   --       94% RA        --     [MTO]

LINES/DRAINS
Peripheral IV 01/14/26 0915 Right forearm 22 gauge - 1 attempt; removed 1032, catheter intact [MTO]

DISCHARGE: 01/14/26 1036  Ambulatory, accompanied by spouse.  Next appt 01/21/26 0930.
*** End of MAR report ***
"""

D2 = """LAKESIDE PULMONARY & SLEEP ASSOCIATES
PULMONARY FOLLOW-UP CONSULTATION

PATIENT: Vickers, Harold J          DOB: 03/02/1953          MRN: 40038817
DATE OF SERVICE: 01/14/2026         PROVIDER: Kolawole O. Adebayo, MD
REFERRING: Denise Farrow, MD (primary care)

This note was generated with speech recognition software. Occasional wrong-word or sound-alike
substitutions may occur. Dictated but not read.

REASON FOR VISIT: Follow-up of alpha one antitrypsin deficiency on weekly augmentation, seen in the
infusion suite during today's infusion.

HISTORY OF PRESENT ILLNESS: Mr. Vickers is a seventy two year old gentleman with alpha one
antitrypsin deficiency, genotype P I Z Z, diagnosed in two thousand nineteen during workup of
early onset emphysema. His baseline alpha one level at diagnosis was twenty four milligrams per
deciliter by nephelometry. CT chest from May two thousand nineteen showed panlobular emphysema,
lower lobe predominant, and he has moderate to severe COPD by spirometry. He was started on
pro last in C in August two thousand nineteen and was changed over to Zemira in two thousand
twenty one during the supply shortage, and he has stayed on it since.

He reports that his breathing is about the same as it was in the fall. He walks his dog about a
half a mile twice a day on level ground, stops once on the hill by his house. He had one
exacerbation in March two thousand twenty five that was treated as an outpatient with prednisone
forty milligrams daily for five days and doxycycline one hundred milligrams twice a day. No
emergency visits or hospitalizations since he started augmentation. No infusion reactions, no
headaches or fevers after the infusions. Sputum is clear, no hemoptysis.

MEDICATIONS: Breast tree two puffs twice a day. Albuterol H F A two puffs as needed, uses it
about twice a week. Zemira sixty milligrams per kilogram IV once weekly. Atorvastatin forty
milligrams daily. Tam so loosen point four milligrams at bedtime. Vitamin D two thousand units.

ALLERGIES: Sulfa, rash.

SOCIAL HISTORY: Former smoker, about thirty pack years, quit in two thousand nine. No vaping,
no marijuana. Retired machinist, some metal dust exposure. Lives with his wife.

FAMILY HISTORY: His sister was tested after his diagnosis and is P I M Z with a level of eighty
eight. His father died of emphysema at sixty one and was never tested. Two adult sons have not
been tested yet, we again discussed that they should be.

PHYSICAL EXAMINATION: Weight today is eighty one point two kilos. Blood pressure one thirty eight
over eighty two, pulse seventy six, saturation ninety four percent on room air at rest. He is in
no distress, speaking full sentences. Decreased breath sounds at both bases, no wheezes or
crackles. No clubbing, no edema. Peripheral IV right forearm, site clean.

PULMONARY FUNCTION: Spirometry from December ninth, two thousand twenty five: FEV1 one point
three one liters, forty four percent predicted, FVC three point two nine liters, seventy six
percent predicted, ratio forty. For comparison, December two thousand twenty four FEV1 was one
point three four liters, forty five percent predicted. DLCO fifty one percent predicted. Six
minute walk four hundred ten meters, nadir saturation ninety percent.

LABORATORY: Liver enzymes from August normal. Elastography in August, liver stiffness five point
one kilopascals, normal.

ASSESSMENT AND PLAN:
1. Alpha one antitrypsin deficiency, P I Z Z, on augmentation with Zemira. He is doing well on
therapy. FEV1 essentially unchanged over twelve months, forty five to forty four percent, one
mild exacerbation in the past year and no hospitalizations. I think he is responding
appropriately and we will continue sixty milligrams per kilogram weekly. Today he received four
thousand nine hundred fifty four milligrams, whole vials, no waste per the infusion nurse. If
his weight drops below seventy five kilograms we would ask pharmacy to recalculate.
2. Panlobular emphysema with COPD, GOLD three. Continue Breast tree and albuterol as needed.
Pulmonary rehab maintenance class Tuesdays. Influenza vaccine given October, pneumococcal
twenty valent up to date, R S V vaccine discussed and he would like to get it at the pharmacy.
3. Liver surveillance: annual liver enzymes and elastography, next August.
4. Family screening: again encouraged testing of his two sons, handout given.

RETURN: Weekly infusions to continue. See me in six months with full pulmonary function tests
and six minute walk.

Electronically signed by Kolawole O. Adebayo, MD on 01/14/2026 17:40
"""

CHART = {
    "chart_id": "b16-001",
    "date_of_service": "2026-01-14",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 496, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-01-14", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2026-01-14", "text": D2},
    ],
}

FINDINGS = [
    (F("aatd_diagnosis"), "alpha one\nantitrypsin deficiency, genotype P I Z Z"),
    (F("genotype", alleles=["Z", "Z"]), "genotype P I Z Z"),
    (F("serum_aat", value=24, unit="mg/dL"), "twenty four milligrams per\ndeciliter by nephelometry"),
    (F("lung_disease", value="emphysema"), "panlobular emphysema"),
    (F("lung_disease", value="copd"), "moderate to severe COPD by spirometry"),
    (W(81.2), "Weight: 81.2 kg (179 lb) - 01/14/2026 0906"),
    (W(81.6), "Dosing Wt: 81.6 kg (12/03/25)"),
    (F("fev1", value=44), "forty four percent predicted"),
    (F("fev1", value=45), "forty five percent predicted"),
    (F("dose", value=4954), "0941  New Bag          4,954 mg"),
    (F("wastage", value=0), "No drug discarded."),
    (F("lot_number", value="P100452118"), "Lot P100452118"),
    (F("lot_number", value="P100417736"), "Lot P100417736   Exp 03/31/2027"),
    (F("expiration_date", value="2027-08-31"), "Exp 08/31/2027"),
    (F("expiration_date", value="2027-03-31"), "Exp 03/31/2027"),
    (F("infusion_start", value="09:41"), "0941  New Bag"),
    (F("infusion_end", value="10:02"), "1002  Stopped"),
    (F("response_to_therapy"), "He is doing well on\ntherapy"),
    (F("smoking_status", value="former"), "Former smoker, about thirty pack years"),
    (F("drug_product", value="Zemaira"), "(ZEMAIRA)"),
    (F("drug_product", value="Prolastin-C"), "pro last in C in August"),
]

GOLD = gold(CHART, "medicare", reqs(
    "medicare",
    aatd_diagnosis="met", genotype="met", serum_aat_level="met", lung_disease_evidence="met",
    patient_weight="met", dose_administered="met", dose_matches_weight="met", units_match_dose="met",
    wastage_documented="met", lot_number="met", expiration_date="met", infusion_times="met",
    response_to_therapy="met", prior_authorization="not_applicable", code_selection="met",
), FINDINGS,
    "Complete. Epic MAR with 4-digit times (0941 New Bag / 1002 Stopped); NS KVO 0918-1031, flush, "
    "scan/verify 0936-0938, vitals and discharge 1036 are not infusion times. Order calc 60 mg/kg x 81.6 kg = "
    "4,896 mg is not the dose; dose 4,954 mg = actual potencies 3,946 + 1,008. Prior administrations "
    "(01/07 4,962 mg, lot P100452009; 12/23) are other visits. Dictated note: numbers in words, 'P I Z Z', "
    "'Zemira', 'pro last in C' (historical product), 'Breast tree' (Breztri); sister PI*MZ 88 (family); "
    "hypothetical 'if his weight drops below seventy five kilograms'. Dosing weight 81.6 kg (12/03/25) is "
    "older; nearest-DOS weight 81.2 kg.")

ARITH = {
    "dos": "2026-01-14",
    "product_dos": ["Zemaira"],
    "weight_kg": 81.2, "weight_source": "MAR header, measured 01/14/2026 0906 (dictation: eighty one point two kilos)",
    "dose_mg": 4954, "dose_source": "MAR New Bag 4,954 mg = 3,946 + 1,008 mg actual potency",
    "vials": [{"product": "Zemaira 4 g kit", "mg": 3946}, {"product": "Zemaira 1 g", "mg": 1008}],
    "code": "J0256", "bu": 10,
    "units_billed": 496, "modifiers_admin": ["JZ"],
    "waste_mg": 0, "jw_units_billed": None,
    "lots": [{"lot": "P100452118", "exp": "2027-08-31"}, {"lot": "P100417736", "exp": "2027-03-31"}],
    "serum_rid": [],
    "response_in_progress_note": True,
}
