# b13-001  medicare  Prolastin-C Liquid, J0256 + JW.  COMPLETE.
# Styles: (1) problem-oriented progress note with long med list; (6) first-person nurse infusion note.

D1 = """LAKESHORE PULMONARY & SLEEP ASSOCIATES
Office Visit - Established Patient                         DOS: 02/17/2026
Patient: KAMINSKI, WALTER J      DOB: 06/02/1954      MRN: 00418837
Provider: Anita Ravel, MD        Location: Infusion Suite, chair 4
Visit type: 3-month follow-up, seen before weekly augmentation

CHIEF COMPLAINT: Follow-up alpha-1 / emphysema. Weekly infusion today.

INTERVAL HISTORY
Mr. Kaminski returns for his 3-month follow-up; I saw him in the infusion chair before his
weekly augmentation. Since his last visit on 11/18/2025 he had one exacerbation (week of
12/08/2025 -- purulent sputum and more dyspnea after his grandson's cold), handled by phone
with prednisone 40 mg daily x 5 days and doxycycline 100 mg BID x 7 days. No ED visit, no
admission, back to baseline by Christmas. He walks the dog about half a mile twice a day on
flat ground and stops once on the hill by the church. mMRC 2. CAT score 14 today (16 in
November).
No missed infusions since October; the two holiday weeks were moved to Monday. Denies
hemoptysis, chest pain, ankle swelling, fevers or night sweats. Sleeps on 2 pillows, unchanged.
Appetite is fine, but his belt is "one notch tighter" -- he has been trying to lose weight for
his knees and his A1c.

He quit smoking in 2009 (35 pack-years). No vaping, no cigars. His wife still smokes, outside
only.

PROBLEM-ORIENTED ASSESSMENT AND PLAN

# Alpha-1 antitrypsin deficiency (E88.01), PI*ZZ
  - Diagnosed 2014: Pi phenotype ZZ by IEF; serum AAT 31 mg/dL by nephelometry (ref 90-200).
  - Weekly augmentation since 03/2015, currently Prolastin-C Liquid through Prolastin Direct.
  - Weight today 81.9 kg (83.0 kg on 11/18/2025). Order unchanged: 60 mg/kg IV weekly,
    rounded to 4,900 mg. Administration is documented by nursing.
  - Trough AAT on therapy (pre-infusion draw 11/18/2025): 88 mg/dL.
  - Response: FEV1 essentially unchanged over 12 months (below); 1 exacerbation in the past
    12 months versus 3-4 a year before augmentation; no infusion reactions. He is doing well
    on augmentation -- continue.
  - Sister Eleanor (66) was tested through our clinic: PI*MZ, AAT 94 mg/dL. Counselled; no
    therapy indicated for her.
  - If his weight drops below 78 kg we will recalculate (that would be about 4,680 mg); not
    needed today.

# Emphysema, panlobular, lower-lobe predominant (J43.1)
  - CT chest 09/2025: panlobular emphysema, lower-lobe predominant; no nodule > 4 mm.
  - PFTs 12/02/2025: FEV1 1.28 L (41% predicted), FVC 3.02 L (72%), FEV1/FVC 0.42,
    DLCO 46% predicted; post-BD FEV1 +4%. For comparison 12/2024: FEV1 1.31 L (43% predicted).
  - Stiolto Respimat 2.5/2.5 mcg, 2 inhalations daily; albuterol HFA PRN (about twice a week).
  - Roflumilast 500 mcg daily and azithromycin 250 mg MWF continued (QTc 428 ms 10/2025,
    audiogram stable 09/2025).
  - Pulmonary rehab maintenance class Tue/Thu -- encouraged to keep going.
  - Vaccines: influenza 10/2025, COVID 10/2025, PCV20 2023, RSV 2024. Shingrix #2 due -- MA to
    give today in the suite.
  - Rescue pack on hand (prednisone 40 mg x 5 d, doxycycline 100 mg BID x 7 d). Call before
    starting it.

# Tobacco use, in remission (Z87.891)
  - Former smoker, quit 2009. Congratulated again. Discussed his wife's smoking; she is not
    ready to quit; he will keep the house and car smoke-free.

# Type 2 diabetes mellitus (E11.9)
  - A1c 7.4% (01/2026), up from 6.9% -- two steroid courses in 2025 likely contributed.
    Dr. Osei (PCP) increased metformin to 1,000 mg BID in January.

# Essential hypertension (I10)
  - BP 134/78 today. Amlodipine 5 mg daily, lisinopril 20 mg daily. Per PCP.

# BPH / GERD / hyperlipidemia -- stable, managed by PCP.

VITALS (09:38): BP 134/78 | HR 82 | RR 18 | SpO2 93% RA | T 36.7 C | Wt 81.9 kg | Ht 178 cm |
BMI 25.8

CURRENT MEDICATIONS (reconciled 02/17/2026)
 1. Prolastin-C Liquid (alpha1-proteinase inhibitor, human) 60 mg/kg IV once weekly
 2. Tiotropium/olodaterol (Stiolto Respimat) 2.5/2.5 mcg per actuation, 2 inhalations daily
 3. Albuterol HFA 90 mcg per actuation, 2 puffs q4-6h PRN
 4. Roflumilast 500 mcg PO daily
 5. Azithromycin 250 mg PO Mon/Wed/Fri
 6. Metformin 1,000 mg PO BID
 7. Amlodipine 5 mg PO daily
 8. Lisinopril 20 mg PO daily
 9. Atorvastatin 40 mg PO nightly
10. Tamsulosin 0.4 mg PO nightly
11. Omeprazole 20 mg PO daily before breakfast
12. Aspirin 81 mg PO daily
13. Sertraline 50 mg PO daily
14. Cholecalciferol 2,000 IU PO daily
15. Prednisone 40 mg PO daily x 5 days PRN exacerbation (rescue pack; not taking now)
16. Doxycycline 100 mg PO BID x 7 days PRN exacerbation (rescue pack; not taking now)

ALLERGIES: Penicillin (hives).

FOLLOW-UP: Weekly infusions continue. Return in 3 months with full PFTs; trough AAT at the
May visit.

Electronically signed by Anita Ravel, MD on 02/17/2026 at 11:02
"""

D2 = """LAKESHORE PULMONARY & SLEEP ASSOCIATES -- INFUSION SUITE
Nursing Progress Note                                          02/17/2026
Patient: Kaminski, Walter J      MRN 00418837      DOB 06/02/1954
Author: Dana Whitcomb, RN

Mr. Kaminski arrived for his weekly alpha-1 infusion at 09:25 and I brought him back to chair 4
at 09:31. He confirmed his name and date of birth and told me he has felt "pretty good" since
last week apart from some knee pain. I asked about fever, new cough and any reaction after last
week's infusion, and he denied all three. I weighed him on the standing scale at 09:36 and he
was 81.9 kg in street clothes without his jacket, down a little from November. Dr. Ravel saw
him in the chair at 09:40 and confirmed the order stays at 4,900 mg this week.

His vitals at 09:38 were BP 134/78, HR 82, RR 18, SpO2 93% on room air and temperature 36.7 C.

I placed a 22 g PIV in his left forearm on the first attempt at 09:47, got a good blood return,
and flushed it with 10 mL normal saline. Pharmacy released the Prolastin-C Liquid at 09:58. It
came as two vials: one 4,000 mg/80 mL vial, lot NG4A07731, exp 2027-05-31, and one
1,000 mg/20 mL vial, lot NG3K22518, exp 2026-11-30. I checked both labels and expiration dates
with Marcy Lutz, RN at the bedside. The vials had been out of the refrigerator since 09:15 and
were at room temperature.

I drew up 98 mL (4,900 mg) into the pump syringe and discarded the remaining 2 mL (100 mg) of
the 1,000 mg vial in the pharmaceutical waste bin, witnessed by Marcy Lutz, RN. I started the
Prolastin-C Liquid infusion at 10:12 through an in-line filter at 0.08 mL/kg/min
(6.5 mL/min) and it finished at 10:29. I flushed the line with 10 mL normal saline afterward.

I rechecked his vitals at 10:20 (BP 130/76, HR 80, SpO2 94%) and again at 10:44 (BP 128/74,
HR 78, SpO2 94%). He had no flushing, itching, chest tightness or headache during or after the
infusion. While he was in the chair, the MA gave his second Shingrix dose IM in the right
deltoid at 10:35 (lot 7H9XZ, exp 2026-08-14) per Dr. Ravel's order; that is on the
immunization record.

I removed the PIV at 10:47, catheter tip intact, and applied gauze and tape. He left ambulatory
with his wife at 10:52. His next infusion is booked for 02/24/2026 at 09:30.

Summary for billing: Prolastin-C Liquid 4,900 mg IV given; 100 mg discarded (single-use vial).

Dana Whitcomb, RN   02/17/2026 10:58
"""

D3 = """MIDWEST REFERENCE LABORATORIES                                   FINAL REPORT
Patient: KAMINSKI, WALTER J        DOB: 06/02/1954        Sex: M
Ordering provider: Ravel, Anita MD   Acct: 44120-7
Collected: 05/12/2014 08:14        Received: 05/12/2014 13:02     Reported: 05/20/2014 16:40
Specimen: Serum, SST

TEST                                    RESULT    FLAG   UNITS    REFERENCE
Alpha-1-Antitrypsin, S (nephelometry)   31        L      mg/dL    90-200
Alpha-1-Antitrypsin Phenotype (IEF)     ZZ        A               MM
C-Reactive Protein, S                   3.1              mg/L     <8.0

Phenotype interpretation: ZZ pattern identified by isoelectric focusing. The ZZ phenotype is
associated with severe alpha-1 antitrypsin deficiency and an increased risk of early-onset
emphysema and of liver disease. Testing of first-degree relatives may be considered.

Reviewed by: M. Okonkwo, MD, PhD, Laboratory Director
"""

CHART = {
    "chart_id": "b13-001",
    "date_of_service": "2026-02-17",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 490, "modifiers": []},
        {"hcpcs": "J0256", "units": 10, "modifiers": ["JW"]},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-02-17", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-02-17", "text": D2},
        {"id": "d3", "type": "lab_report", "date": "2014-05-20", "text": D3},
    ],
}

GOLD = {
    "chart_id": "b13-001",
    "profile": "medicare",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 31, "unit": "mg/dL"},
        {"kind": "serum_aat", "value": 88, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 41},
        {"kind": "fev1", "value": 43},
        {"kind": "weight", "value": 81.9, "unit": "kg", "value_kg": 81.9},
        {"kind": "weight", "value": 83.0, "unit": "kg", "value_kg": 83.0},
        {"kind": "dose", "value": 4900},
        {"kind": "wastage", "value": 100},
        {"kind": "lot_number", "value": "NG4A07731"},
        {"kind": "lot_number", "value": "NG3K22518"},
        {"kind": "expiration_date", "value": "2027-05-31"},
        {"kind": "expiration_date", "value": "2026-11-30"},
        {"kind": "infusion_start", "value": "10:12"},
        {"kind": "infusion_end", "value": "10:29"},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
    ],
    "notes": (
        "Complete. Traps: sister PI*MZ 94 mg/dL (family); hypothetical recalculation ~4,680 mg below 78 kg; "
        "order '4,900 mg' in the physician note is an order (same value as the RN-documented dose); "
        "on-therapy trough 88 mg/dL is a patient level (listed) but 31 mg/dL is below threshold; "
        "Shingrix lot 7H9XZ / exp 2026-08-14 and 10:35 belong to a vaccine; arrival 09:25, PIV 09:47, "
        "pharmacy release 09:58, vitals and discharge times are not infusion times; wife's smoking is not the "
        "patient's; prednisone/doxycycline/metformin doses are other drugs. JW 10 = floor(100/10)."
    ),
}

ARITH = {
    "dos": "2026-02-17", "product": "Prolastin-C Liquid",
    "weight_kg": 81.9, "weight_source": "d2 standing scale 09:36 on DOS",
    "dose_mg": 4900, "vials": ["4,000 mg/80 mL lot NG4A07731", "1,000 mg/20 mL lot NG3K22518"],
    "vial_total_mg": 5000, "waste_mg": 100,
    "code": "J0256", "bu_mg": 10,
    "admin_units_billed": 490, "jw_units_billed": 10,
    "lots": [{"lot": "NG4A07731", "exp": "2027-05-31"}, {"lot": "NG3K22518", "exp": "2026-11-30"}],
    "rid_serum_values": [], "fev1_for_range": None, "response_in_progress_note": True,
}

EVID = [
    ("aatd_diagnosis", "d1", "Alpha-1 antitrypsin deficiency (E88.01), PI*ZZ"),
    ("genotype:Z,Z", "d3", "Alpha-1-Antitrypsin Phenotype (IEF)     ZZ"),
    ("serum_aat:31:mg/dL", "d3", "31        L      mg/dL"),
    ("serum_aat:88:mg/dL", "d1", "Trough AAT on therapy (pre-infusion draw 11/18/2025): 88 mg/dL"),
    ("lung_disease:emphysema", "d1", "panlobular emphysema, lower-lobe predominant"),
    ("fev1:41", "d1", "FEV1 1.28 L (41% predicted)"),
    ("fev1:43", "d1", "FEV1 1.31 L (43% predicted)"),
    ("weight:81.9", "d2", "he\nwas 81.9 kg"),
    ("weight:83.0", "d1", "83.0 kg on 11/18/2025"),
    ("dose:4900", "d2", "I drew up 98 mL (4,900 mg)"),
    ("wastage:100", "d2", "discarded the remaining 2 mL (100 mg)"),
    ("lot_number:NG4A07731", "d2", "lot NG4A07731"),
    ("lot_number:NG3K22518", "d2", "lot NG3K22518"),
    ("expiration_date:2027-05-31", "d2", "exp 2027-05-31"),
    ("expiration_date:2026-11-30", "d2", "exp 2026-11-30"),
    ("infusion_start:10:12", "d2", "infusion at 10:12"),
    ("infusion_end:10:29", "d2", "it finished at 10:29"),
    ("response_to_therapy", "d1", "He is doing well\n    on augmentation"),
    ("smoking_status:former", "d1", "Former smoker, quit 2009"),
    ("drug_product:Prolastin-C Liquid", "d2", "Prolastin-C Liquid infusion"),
]
