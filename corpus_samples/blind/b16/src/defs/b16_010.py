from _lib import F, W, reqs, gold

D1 = """STATE DEPARTMENT OF HEALTH AND FAMILY SERVICES
Medicaid Pharmacy & Medical Benefit Prior Authorization Unit
PO Box 7730, Capitol City                         PA Help Desk: 1-877-555-0172 (option 3)

NOTICE OF PRIOR AUTHORIZATION DECISION - PROVIDER COPY
Date of notice: 03/27/2026

Provider:   Lakeview Community Hospital - Outpatient Infusion     Medicaid Provider ID: 2200418871
Prescriber: Dr. Abimbola F. Okonjo-Mercer (Pulmonary)             NPI: 1639204417
Recipient:  MARGUERITE A. DELACROIX-BYRNE     Medicaid ID: 84400392177     DOB: 12/03/1972

Your request dated 03/20/2026 (tracking # TRK-88104) has been reviewed.

DECISION: APPROVED

Prior Authorization Number:   2026-PA-0319284
Drug / product:               Alpha-1 proteinase inhibitor (human) - ARALAST NP
Procedure code requested:     J0256 (10 mg units)   [HCPCS per request form]
Quantity:                     up to 4,800 mg per 7 days
Dates approved:               04/01/2026 through 09/30/2026 (6 months, initial)
Place of service:             22 - hospital outpatient

Clinical criteria - Medicaid Clinical Criteria CC-RX-041 "Alpha-1 Proteinase Inhibitors":
  a) Age 18 or older;
  b) Congenital AAT deficiency with serum AAT below 11 micromoles per liter;
  c) A severe-deficiency phenotype or genotype (ZZ, Z/null, null/null, or rare deficient
     variants). MZ and MS heterozygotes are not eligible;
  d) Emphysema documented by CT or PFT, with FEV1 between 30% and 65% of predicted;
  e) Non-smoker, or ex-smoker for at least 6 months. A cotinine level may be requested;
  f) On maintenance long-acting bronchodilator therapy;
  g) Dose not exceeding 60 mg/kg once weekly based on actual body weight.
Renewal requires prescriber documentation of a clinical response (for example, stable FEV1,
fewer exacerbations) and continued abstinence from smoking.

Note to provider: Wastage from single-dose vials is payable only when billed on a separate line
with modifier JW and documented in the record. When nothing is discarded, use modifier JZ.

This notice does not guarantee payment. Eligibility is verified on each date of service.
Recipient appeal rights are described in the enclosed recipient notice (form HFS-PA-22R).

PA Unit reviewer: C. Harlowe, RPh                         Notice ID: N-2026-0327-44811
"""

D2 = """LAKEVIEW COMMUNITY HOSPITAL - OUTPATIENT INFUSION
eMAR ADMINISTRATION DETAIL (with Omnicell cabinet pulls)        Printed 05/06/2026 15:47
Patient: DELACROIX-BYRNE, MARGUERITE A    MRN 10448302    DOB 12/03/1972    F
Visit date 05/06/2026    Room INF-07    Attending OKONJO-MERCER, ABIMBOLA F MD
Ht 165 cm   Wt 77.0 kg (05/06/2026 09:12, standing)   IBW 57 kg   Allergies: NKDA

ORDER #1  ARALAST NP (alpha1-proteinase inhibitor, human) 4,500 mg IV once weekly
          Ordered as 60 mg/kg (actual body weight); pharmacy rounding to whole vials allowed
          within 10%. Reconstitute each 1 g vial with 50 mL and each 0.5 g vial with 25 mL SWFI.
          Infuse at <= 0.08 mL/kg/min. Prepared by: pharmacy satellite 2
  Cabinet pull (Omnicell XT, INF-MED-1):
    09:20  KOVALENKO, YULIA RN   ARALAST NP 1 g vial   qty 4   Lot LE25D117   Exp 06/30/2027
    09:20  KOVALENKO, YULIA RN   ARALAST NP 0.5 g vial qty 1   Lot LE25C402   Exp 02/28/2027
  Administration:
    Scheduled 09:30
    09:41  Scanned: wristband OK, 5/5 vial barcodes OK
    09:44  INFUSION STARTED   4,500 mg / 225 mL   rate 3 mL/min        KOVALENKO, YULIA RN
    09:51  RATE CHANGED       6 mL/min                                  KOVALENKO, YULIA RN
    10:25  INFUSION STOPPED   225 mL infused                            KOVALENKO, YULIA RN
  Amount given: 4,500 mg.  Wasted: 0 mg - all 5 vials reconstituted and infused in full.

ORDER #2  acetaminophen 650 mg PO once (premed)
  Cabinet pull 09:20 KOVALENKO, YULIA RN  acetaminophen 325 mg tab qty 2
    09:33  GIVEN 650 mg PO

ORDER #3  sodium chloride 0.9% 10 mL flush PRN
    09:40  GIVEN 10 mL      10:26  GIVEN 10 mL

ORDER #4  cetirizine 10 mg PO PRN itching         NOT GIVEN
ORDER #5  EPINEPHrine 0.3 mg IM PRN anaphylaxis   NOT GIVEN

Omnicell override log: none.
Pharmacy waste log (satellite 2): no entries for this patient 05/06/2026.

Vitals:
09:12  BP 124/78  HR 80  RR 18  T 36.6 C  SpO2 93% RA
10:05  BP 120/76  HR 78  RR 18           SpO2 94% RA
10:32  BP 122/78  HR 76  RR 16  T 36.7 C  SpO2 94% RA
Discharged 10:40.  Next weekly infusion 05/13/2026 09:30.
"""

D3 = """LAKEVIEW PULMONARY CLINIC - PROGRESS NOTE
Patient: Marguerite A. Delacroix-Byrne    DOB 12/03/1972    MRN 10448302
Date of service: 05/06/2026    Author: Abimbola F. Okonjo-Mercer, MD
Visit: follow-up, 5th week of augmentation (seen in infusion room 7)

Subjective
53 y.o. woman with alpha-1 antitrypsin deficiency, ZZ phenotype by isoelectric focusing
(SERPINA1 genotyping sent 04/2026 - pending), serum AAT 3.8 umol/L (02/2026, before therapy),
and panlobular emphysema on CT (01/2026). FEV1 1.12 L = 41% predicted (02/2026, post-BD),
FEV1/FVC 0.44. Augmentation with Aralast NP started 04/08/2026 after Medicaid approval
(PA 2026-PA-0319284).

Five infusions so far. She is tolerating them well apart from a mild headache the first week.
No exacerbations since starting; she feels her breathing is "no worse, maybe a little better"
on the stairs at home. Too early to judge the effect on lung function.

Never smoker. Works as a school bus dispatcher. No occupational dust exposure. Husband smokes
outdoors only. Two adult children - both tested: son PI*MZ, daughter PI*MS.

ROS: no fever, chills, chest pain, hemoptysis or leg swelling. Occasional reflux. Sleeps on one
pillow. No rash or pruritus after infusions.

Meds: Anoro Ellipta 1 inh daily; albuterol PRN; Aralast NP weekly; sertraline 100 mg daily;
ibuprofen PRN (counseled to limit).

Objective
Wt 77.0 kg (infusion room today). Prior: 78.2 kg (04/08/2026). BP 124/78, SpO2 93% RA.
Decreased breath sounds at the bases; no wheezes. No edema. No hepatomegaly.
Labs 04/2026: ALT 19, AST 22, IgA 176 mg/dL (normal; no IgA deficiency), Hgb 13.8.

Assessment / Plan
1. AATD (E88.01), ZZ, on Aralast NP - early course, tolerating well, no exacerbations. Continue
   60 mg/kg weekly; today 4,500 mg (whole vials, 58.4 mg/kg).
2. Panlobular emphysema (J43.1) - continue Anoro; pulmonary rehab referral placed.
3. Follow up SERPINA1 genotype result.
4. Spirometry at 6 months (10/2026) for Medicaid renewal; authorization runs through 09/30/2026.
5. Vaccines: influenza and PCV20 done 2025; RSV vaccine recommended this fall.
6. Return 3 months, sooner if exacerbation.

A. F. Okonjo-Mercer, MD    05/06/2026 12:20
"""

CHART = {
    "chart_id": "b16-010",
    "date_of_service": "2026-05-06",
    "payer": {"profile": "medicaid", "name": "State Medicaid (fee-for-service)"},
    "prior_authorization": "2026-PA-0319284",
    "claim_lines": [
        {"hcpcs": "J2252", "units": 4500, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-03-27", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-05-06", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2026-05-06", "text": D3},
    ],
}

FINDINGS = [
    (F("aatd_diagnosis"), "alpha-1 antitrypsin deficiency, ZZ phenotype"),
    (F("genotype", alleles=["Z", "Z"]), "ZZ phenotype by isoelectric focusing"),
    (F("serum_aat", value=3.8, unit="uM"), "serum AAT 3.8 umol/L"),
    (F("lung_disease", value="emphysema"), "panlobular emphysema on CT"),
    (W(77.0), "Wt 77.0 kg (05/06/2026 09:12, standing)"),
    (W(78.2), "78.2 kg (04/08/2026)"),
    (F("fev1", value=41), "FEV1 1.12 L = 41% predicted"),
    (F("dose", value=4500), "Amount given: 4,500 mg."),
    (F("wastage", value=0), "Wasted: 0 mg"),
    (F("lot_number", value="LE25D117"), "Lot LE25D117"),
    (F("lot_number", value="LE25C402"), "Lot LE25C402"),
    (F("expiration_date", value="2027-06-30"), "Exp 06/30/2027"),
    (F("expiration_date", value="2027-02-28"), "Exp 02/28/2027"),
    (F("infusion_start", value="09:44"), "09:44  INFUSION STARTED"),
    (F("infusion_end", value="10:25"), "10:25  INFUSION STOPPED"),
    (F("response_to_therapy"), "tolerating well, no exacerbations"),
    (F("prior_authorization", value="2026-PA-0319284"), "Prior Authorization Number:   2026-PA-0319284"),
    (F("smoking_status", value="never"), "Never smoker."),
    (F("drug_product", value="Aralast NP"), "ARALAST NP (alpha1-proteinase inhibitor, human)"),
]

GOLD = gold(CHART, "medicaid", reqs(
    "medicaid",
    aatd_diagnosis="met", genotype="met", serum_aat_level="met", lung_disease_evidence="met",
    patient_weight="met", dose_administered="met", dose_matches_weight="met", units_match_dose="met",
    wastage_documented="met", lot_number="met", expiration_date="met", infusion_times="met",
    response_to_therapy="met", prior_authorization="met", code_selection="met", smoking_status="met",
), FINDINGS,
    "Complete under the guide's code table: J2252 (billing unit 1 mg) covers any A1PI product, so J2252 x 4500 "
    "JZ = ceil(4500/1) with Aralast NP is met even though the PA letter lists J0256 (the letter's code is not "
    "a claim line). IEF phenotype ZZ counts while SERPINA1 genotyping is pending. Dose 4,500 mg vs 60 x 77.0 = "
    "4,620 mg (-2.6 %). Traps: Medicaid criteria quoted (11 umol/L, FEV1 30-65 %, 6 months ex-smoker, 'up to "
    "4,800 mg'); tracking # TRK-88104 and notice ID are not PA numbers; cabinet pull 09:20, scan 09:41, "
    "acetaminophen 09:33, flushes, discharge 10:40 are not infusion times; IBW 57 kg is not a measured weight; "
    "'58.4 mg/kg' is a ratio; son PI*MZ / daughter PI*MS are family; IgA 176 mg/dL is not AAT.")

ARITH = {
    "dos": "2026-05-06",
    "product_dos": ["Aralast NP"],
    "weight_kg": 77.0, "weight_source": "eMAR header 05/06/2026 09:12 standing",
    "dose_mg": 4500, "dose_source": "eMAR amount given 4,500 mg (4 x 1 g + 0.5 g)",
    "vials": [{"product": "Aralast NP 1 g", "mg": 1000}] * 4 + [{"product": "Aralast NP 0.5 g", "mg": 500}],
    "code": "J2252", "bu": 1,
    "units_billed": 4500, "modifiers_admin": ["JZ"],
    "waste_mg": 0, "jw_units_billed": None,
    "lots": [{"lot": "LE25D117", "exp": "2027-06-30"}, {"lot": "LE25C402", "exp": "2027-02-28"}],
    "serum_rid": [],
    "response_in_progress_note": True,
}
